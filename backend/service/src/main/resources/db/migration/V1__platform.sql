-- Platform backbone: users, workspaces, memberships, API tokens, idempotency, rate limits.

CREATE TABLE users (
    id             uuid PRIMARY KEY,
    email          varchar(320) NOT NULL,
    name           varchar(200) NOT NULL,
    password_hash  varchar(100) NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    version        bigint       NOT NULL DEFAULT 0
);
-- e-mail addresses are compared case-insensitively
CREATE UNIQUE INDEX users_email_uq ON users (lower(email));

CREATE TABLE workspaces (
    id          uuid PRIMARY KEY,
    name        varchar(200) NOT NULL,
    created_by  uuid         NOT NULL REFERENCES users (id),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0
);

CREATE TABLE memberships (
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role         varchar(20) NOT NULL CHECK (role IN ('owner', 'admin', 'coordinator', 'member', 'viewer')),
    joined_at    timestamptz NOT NULL DEFAULT now(),
    version      bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

CREATE TABLE api_tokens (
    id            uuid PRIMARY KEY,
    user_id       uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          varchar(200) NOT NULL,
    token_prefix  varchar(16)  NOT NULL,
    -- SHA-256 of the secret: tokens are 190-bit random, so a fast hash is enough and lookups stay O(1)
    token_hash    varchar(64)  NOT NULL UNIQUE,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id, created_at, id);

CREATE TABLE idempotency_records (
    scope          varchar(80)  NOT NULL,
    idem_key       varchar(200) NOT NULL,
    request_hash   varchar(64)  NOT NULL,
    state          varchar(12)  NOT NULL CHECK (state IN ('in_progress', 'completed')),
    status         int,
    content_type   varchar(100),
    location       varchar(1000),
    etag           varchar(100),
    body           text,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_records_created_idx ON idempotency_records (created_at);

CREATE TABLE rate_limit_windows (
    bucket        varchar(400) PRIMARY KEY,
    window_start  timestamptz  NOT NULL,
    hits          int          NOT NULL
);

CREATE TABLE system_markers (
    name        varchar(100) PRIMARY KEY,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
