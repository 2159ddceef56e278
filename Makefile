# Throughline — one Makefile for the whole product.
#   make run    build the UI and the service, start both on http://localhost:8080
#               (embedded PostgreSQL in .data/ unless QUARKUS_DATASOURCE_JDBC_URL is set)
#   make test   every test: engine, service, frontend unit, browser

SHELL := /bin/bash
MVN ?= mvn -B -ntp
JAR := backend/service/target/quarkus-app/quarkus-run.jar
E2E_PORT ?= 18080
SHARED ?= $(abspath ../shared)
# the service's heap: a 100,000-task project is bulk-created, scheduled and edited within it (make bench-memory)
JAVA_OPTS ?= -Xmx1g

.PHONY: backup restore format run dev test test-backend test-security test-frontend test-e2e build frontend-build openapi bench bench-engine bench-psplib bench-psplib-j60 bench-psplib-j120 bench-api bench-import bench-notify bench-browser bench-load bench-memory clean

frontend/node_modules: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch frontend/node_modules

frontend-build: frontend/node_modules
	cd frontend && npm run build

build: frontend-build
	cd backend && $(MVN) -q install -DskipTests

run: build
	java $(JAVA_OPTS) -jar $(JAR)

dev: frontend/node_modules
	cd backend && $(MVN) -q install -DskipTests -pl engine -am
	cd backend/service && $(MVN) quarkus:dev

test: frontend-build test-backend test-faults test-frontend test-e2e

# engine and service tests; also packages the service jar that the browser tests run
test-backend:
	cd backend && $(MVN) package

# faults that need the packaged service in its own process: SIGTERM under load (0 failed in-flight requests);
# two processes on one database, one killed with kill -9 mid-delivery (no webhook event lost)
test-faults:
	cd backend && $(MVN) test -pl service -am -Dtest='GracefulShutdownTest,TwoProcessDeliveryTest' -Dfaults.packaged=true -Dsurefire.failIfNoSpecifiedTests=false

# the attack suite alone: authorisation matrix and contract fuzzing (make test runs it with the service tests)
test-security:
	cd backend && $(MVN) -q install -DskipTests -pl engine
	cd backend && $(MVN) test -pl service -Dtest='app.throughline.security.*Test' -Dsurefire.failIfNoSpecifiedTests=false

test-frontend: frontend/node_modules
	cd frontend && npm run check:api && npm run lint && npm test

# browser tests against the real service on a throwaway embedded database
test-e2e: frontend/node_modules
	THROUGHLINE_WEBHOOKS_ALLOW_PRIVATE_TARGETS=127.0.0.1/32 scripts/with-throwaway-service.sh $(JAR) $(E2E_PORT) bash -c 'cd frontend && npm run e2e'

# pg_dump / pg_restore of the configured database, or of the embedded one while `make run` runs
backup:
	scripts/db.sh backup $(FILE)

restore:
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/….dump" >&2; exit 2; }
	scripts/db.sh restore $(FILE)

# rewrite the Java sources in the house style (make test checks it through spotless:check)
format:
	cd backend && $(MVN) -q spotless:apply

# regenerate openapi.yaml from the running code, then the frontend's typed client
openapi: frontend/node_modules
	cd backend && $(MVN) -q install -DskipTests -pl engine
	cd backend && $(MVN) -q test -pl service -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.write=true
	cd frontend && npm run generate

# speed figures (benchmarks print them; no timed unit tests)
bench: bench-engine bench-psplib bench-api bench-browser bench-load bench-memory

bench-engine:
	cd backend && $(MVN) -q install -N && $(MVN) -q -pl engine test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
	  "-Dexec.args=-Xms1g -Xmx1g -cp %classpath app.throughline.schedule.engine.bench.ScheduleBenchmark"

# the API as a client sees it: bulk create, paging, cycle check, task-edit round trip, workload
bench-api:
	cd backend && $(MVN) -q install -DskipTests
	backend/service/src/test/bench/run-api-bench.sh backend/service/target/quarkus-app/quarkus-run.jar

# plan import end to end (upload to job done) per shared MSPDI file and a generated 5,000-task file, with fidelity;
# IMPORT_TASKS=… for another size (the 10 s goal is judged at 5,000 only), BENCH_PORT=… for another port
bench-import:
	cd backend && $(MVN) -q install -DskipTests
	BENCH_MAINS=ImportBenchmark backend/service/src/test/bench/run-api-bench.sh backend/service/target/quarkus-app/quarkus-run.jar

# notifications: 10,000 events drained to a webhook on 127.0.0.1 (drain time, p99 event-to-delivery),
# task edit p95 with and without a subscribed webhook; NOTIFY_EVENTS=… for another size
bench-notify:
	cd backend && $(MVN) -q install -DskipTests
	BENCH_MAINS=NotifyBenchmark backend/service/src/test/bench/run-api-bench.sh backend/service/target/quarkus-app/quarkus-run.jar

# the Plan and the Timeline of a 5,000-task project in Chromium: first render, frames while scrolling and dragging a bar
bench-browser: frontend-build
	cd backend && $(MVN) -q install -DskipTests
	scripts/with-throwaway-service.sh $(JAR) $(E2E_PORT) bash -c 'cd frontend && npm run perf'

# fixed-rate load with autocannon (rate-capped connections, not a true open model): 50 projects × 400 tasks, 80 % reads / 20 % edits at 200, 500 and 1,000 requests/s
bench-load: frontend/node_modules
	cd backend && $(MVN) -q install -DskipTests
	scripts/with-throwaway-service.sh $(JAR) $(E2E_PORT) bash -c 'cd frontend && npm run load'

# start time (to the first successful request, with and without the embedded database) and the
# service's peak resident set with a 100,000-task project bulk-created, scheduled and edited
bench-memory:
	cd backend && $(MVN) -q install -DskipTests
	JAVA_OPTS='$(JAVA_OPTS)' backend/service/src/test/bench/run-start-memory-bench.sh $(JAR)

# levelling core on PSPLIB: any instance folder and reference file (PSPLIB_DIR, PSPLIB_REF);
# the budget is a number of schedules scaled to the instance size (PSPLIB_SCHEDULES=n for a fixed one)
PSPLIB_DIR ?= $(SHARED)/benchmarks/psplib/j30
PSPLIB_REF ?= $(SHARED)/benchmarks/psplib/j30opt.csv
PSPLIB_SCHEDULES ?=
PSPLIB_DATA = $(CURDIR)/backend/engine/src/test/resources/psplib
bench-psplib:
	cd backend && $(MVN) -q install -N && $(MVN) -q -pl engine test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
	  "-Dexec.args=$(if $(PSPLIB_SCHEDULES),-Dschedules=$(PSPLIB_SCHEDULES)) -cp %classpath app.throughline.leveling.engine.bench.PsplibBenchmark $(PSPLIB_DIR) $(PSPLIB_REF)"

# j60 and j120 against PSPLIB's best-known upper bounds: a fixed fifth of each set (see its README)
bench-psplib-j60:
	$(MAKE) bench-psplib PSPLIB_DIR=$(PSPLIB_DATA)/j60 PSPLIB_REF=$(PSPLIB_DATA)/j60hrs.sm

bench-psplib-j120:
	$(MAKE) bench-psplib PSPLIB_DIR=$(PSPLIB_DATA)/j120 PSPLIB_REF=$(PSPLIB_DATA)/j120hrs.sm

clean:
	cd backend && $(MVN) -q clean
	rm -rf frontend/dist
