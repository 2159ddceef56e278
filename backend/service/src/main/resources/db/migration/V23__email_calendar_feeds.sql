-- E-mail waiting to be sent (when e-mail is configured): one row per user and event, or per user
-- and digest day. The unique constraints are the claims: a second dispatch of one event, or a second
-- replica building the same day's digest, inserts nothing (INSERT … ON CONFLICT DO NOTHING). The
-- sender claims due rows with FOR UPDATE SKIP LOCKED, so replicas never send one row twice at once.
CREATE TABLE email_outbox (
    id               uuid PRIMARY KEY,
    user_id          uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind             varchar(10)   NOT NULL CHECK (kind IN ('event', 'digest')),
    event_id         uuid,
    digest_day       date,
    to_address       varchar(320)  NOT NULL,
    subject          varchar(300)  NOT NULL,
    body             text          NOT NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    attempts         int           NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz   NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    last_error       varchar(500),
    CONSTRAINT email_outbox_event_uq UNIQUE (user_id, event_id),
    CONSTRAINT email_outbox_digest_uq UNIQUE (user_id, digest_day)
);
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE sent_at IS NULL;

-- Secret calendar feed URLs: only the SHA-256 of the token is kept. A personal feed (project_id
-- null) shows the user's tasks and milestones; a project feed the project's milestones and deadlines.
CREATE TABLE calendar_feeds (
    id            uuid PRIMARY KEY,
    user_id       uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    workspace_id  uuid         REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id    uuid         REFERENCES projects (id) ON DELETE CASCADE,
    token_hash    varchar(64)  NOT NULL UNIQUE,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    revoked_at    timestamptz
);
CREATE INDEX calendar_feeds_user_idx ON calendar_feeds (user_id, created_at);

-- The iCalendar SEQUENCE of each calendar item (by its stable UID): bumped when the fingerprint of
-- what the item shows (summary, date) changes, so calendar clients replace their copy.
CREATE TABLE calendar_item_sequences (
    uid          varchar(200) PRIMARY KEY,
    fingerprint  varchar(64)  NOT NULL,
    sequence     int          NOT NULL DEFAULT 0,
    updated_at   timestamptz  NOT NULL DEFAULT now()
);

-- The last health of each milestone the health watcher saw: a change to at_risk, missed or achieved
-- publishes its event once (the watcher updates this row only where the health differs; the row
-- lock makes concurrent replicas agree on one winner).
CREATE TABLE milestone_health_states (
    milestone_id  uuid         PRIMARY KEY REFERENCES milestones (id) ON DELETE CASCADE,
    health        varchar(20)  NOT NULL,
    changed_at    timestamptz  NOT NULL DEFAULT now()
);
