-- Every domain event is written here in the transaction of the change that caused it (the outbox):
-- it exists if and only if that change committed. The dispatcher turns each row into inbox
-- notifications and webhook deliveries, then marks it dispatched; rows are claimed with
-- FOR UPDATE SKIP LOCKED, so several replicas share the work without doing any twice.
CREATE TABLE outbox (
    id             uuid PRIMARY KEY,
    seq            bigserial    NOT NULL,
    type           varchar(60)  NOT NULL,
    workspace_id   uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id     uuid,
    subject_id     uuid,
    actor_id       uuid,
    occurred_at    timestamptz  NOT NULL,
    data           jsonb        NOT NULL,
    dispatched_at  timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox (seq) WHERE dispatched_at IS NULL;
CREATE INDEX outbox_workspace_idx ON outbox (workspace_id, occurred_at);

-- The in-app inbox: one row per user and event (a second dispatch of the same event adds nothing).
CREATE TABLE notifications (
    id            uuid PRIMARY KEY,
    user_id       uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    workspace_id  uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    event_id      uuid         NOT NULL,
    type          varchar(60)  NOT NULL,
    title         varchar(600) NOT NULL,
    link          varchar(300),
    created_at    timestamptz  NOT NULL,
    read_at       timestamptz,
    CONSTRAINT notifications_user_event_uq UNIQUE (user_id, event_id)
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;

-- Per user: a channel per event type (in_app, email, off; absent = in_app) and the digest option.
CREATE TABLE notification_preferences (
    user_id     uuid         PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    types       jsonb        NOT NULL DEFAULT '{}',
    digest      varchar(10)  NOT NULL DEFAULT 'none' CHECK (digest IN ('none', 'daily')),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE webhooks (
    id                    uuid PRIMARY KEY,
    workspace_id          uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    url                   varchar(2000) NOT NULL,
    events                varchar(60)[] NOT NULL DEFAULT '{}',
    format                varchar(10)   NOT NULL CHECK (format IN ('json', 'slack')),
    active                boolean       NOT NULL DEFAULT true,
    -- kept as given: the receiver verifies signatures with the same secret
    secret                varchar(200)  NOT NULL,
    consecutive_failures  int           NOT NULL DEFAULT 0,
    disabled_at           timestamptz,
    created_by            uuid,
    created_at            timestamptz   NOT NULL DEFAULT now(),
    updated_at            timestamptz   NOT NULL DEFAULT now(),
    version               bigint        NOT NULL DEFAULT 0
);
CREATE INDEX webhooks_workspace_idx ON webhooks (workspace_id, created_at, id);

-- One row per delivery attempt series of one event to one webhook (a redelivery starts a new row).
CREATE TABLE webhook_deliveries (
    id               uuid PRIMARY KEY,
    webhook_id       uuid          NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    workspace_id     uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    event_id         uuid          NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    event_type       varchar(60)   NOT NULL,
    attempt          int           NOT NULL DEFAULT 0,
    status           varchar(10)   NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    response_status  int,
    duration_ms      int,
    response_excerpt varchar(2000),
    error            varchar(500),
    next_attempt_at  timestamptz,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    at               timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, created_at DESC, id DESC);

-- A reminder fires once per task, threshold and deadline: the job claims this row with
-- INSERT … ON CONFLICT DO NOTHING, and only the instance whose insert landed publishes the event.
CREATE TABLE reminder_claims (
    task_id    uuid        NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    threshold  varchar(30) NOT NULL,
    due_date   date        NOT NULL,
    fired_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (task_id, threshold, due_date)
);
