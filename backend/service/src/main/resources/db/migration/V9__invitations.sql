-- Adding someone to a workspace is an invitation they accept: the answer to "add by e-mail" is the
-- same whether or not the address had an account, and nobody joins a workspace without consenting.
CREATE TABLE invitations (
    id           uuid PRIMARY KEY,
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email        varchar(320) NOT NULL,
    role         varchar(20) NOT NULL CHECK (role IN ('owner', 'admin', 'coordinator', 'member', 'viewer')),
    state        varchar(20) NOT NULL CHECK (state IN ('pending', 'accepted', 'declined')),
    invited_by   uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    answered_at  timestamptz,
    version      bigint      NOT NULL DEFAULT 0
);
-- at most one open invitation per person and workspace
CREATE UNIQUE INDEX invitations_pending_idx ON invitations (workspace_id, user_id) WHERE state = 'pending';
CREATE INDEX invitations_user_idx ON invitations (user_id, created_at, id);
CREATE INDEX invitations_workspace_idx ON invitations (workspace_id, created_at, id);

-- My work pages through an ordered list fixed when the first page was read: a task whose deadline or
-- finish moves while a client pages can then be neither skipped nor served twice. Only lists longer
-- than one page are kept; a day later a cursor into them has expired.
CREATE TABLE my_work_snapshots (
    id         uuid PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    task_ids   uuid[]      NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX my_work_snapshots_created_idx ON my_work_snapshots (created_at);
