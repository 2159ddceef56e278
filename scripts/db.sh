#!/usr/bin/env bash
# Backup and restore of Throughline's PostgreSQL database with pg_dump / pg_restore.
#   scripts/db.sh backup  [FILE]   write a custom-format dump (default: backups/throughline-<time>.dump)
#   scripts/db.sh restore FILE     restore a dump into the target database (replacing its objects)
# The database is QUARKUS_DATASOURCE_JDBC_URL (+ QUARKUS_DATASOURCE_USERNAME / _PASSWORD) when set;
# otherwise the embedded database of a running `make run`, whose address the service records in
# $THROUGHLINE_DATA_DIR/postgres.url (default .data/).
# RESTORE_JDBC_URL, when set, names a different database to restore into (e.g. a fresh one).
set -euo pipefail
command -v pg_dump >/dev/null || { echo "pg_dump not found: apt-get install postgresql-client" >&2; exit 2; }

# jdbc:postgresql://host:port/db?user=u  →  postgresql://host:port/db?user=u (libpq reads that form)
libpq_url() {
  local jdbc=$1 url
  url=${jdbc#jdbc:}
  [[ $url == postgresql://* ]] || { echo "Not a PostgreSQL JDBC URL: $jdbc" >&2; exit 2; }
  if [[ -n ${QUARKUS_DATASOURCE_USERNAME:-} && $url != *user=* ]]; then
    [[ $url == *\?* ]] && url="$url&user=$QUARKUS_DATASOURCE_USERNAME" || url="$url?user=$QUARKUS_DATASOURCE_USERNAME"
  fi
  echo "$url"
}

source_url() {
  if [[ -n ${QUARKUS_DATASOURCE_JDBC_URL:-} ]]; then
    libpq_url "$QUARKUS_DATASOURCE_JDBC_URL"
    return
  fi
  local recorded=${THROUGHLINE_DATA_DIR:-.data}/postgres.url
  if [[ ! -f $recorded ]]; then
    echo "No database: set QUARKUS_DATASOURCE_JDBC_URL, or start the service (make run) so its embedded database is up" >&2
    exit 2
  fi
  libpq_url "$(cat "$recorded")"
}

export PGPASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-${PGPASSWORD:-}}
case ${1:-} in
  backup)
    file=${2:-backups/throughline-$(date -u +%Y%m%dT%H%M%SZ).dump}
    mkdir -p "$(dirname "$file")"
    pg_dump --format=custom --no-owner --no-privileges --file="$file" "$(source_url)"
    echo "Backed up to $file ($(wc -c <"$file") bytes)"
    ;;
  restore)
    file=${2:?usage: scripts/db.sh restore FILE}
    [[ -f $file ]] || { echo "No dump at $file" >&2; exit 2; }
    if [[ -n ${RESTORE_JDBC_URL:-} ]]; then target=$(libpq_url "$RESTORE_JDBC_URL"); else target=$(source_url); fi
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
      --dbname="$target" "$file"
    echo "Restored $file"
    ;;
  *)
    echo "usage: scripts/db.sh backup [FILE] | restore FILE" >&2; exit 2 ;;
esac
