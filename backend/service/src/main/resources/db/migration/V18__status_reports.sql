-- Status reports (a generated draft with the coordinator's narrative and RAG, frozen on publish),
-- stakeholder share links (only a SHA-256 hash of the token is kept) and the feedback left through them.

CREATE TABLE status_reports (
    id               uuid PRIMARY KEY,
    workspace_id     uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id       uuid         NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    period_start     date         NOT NULL,
    period_end       date         NOT NULL,
    state            varchar(10)  NOT NULL CHECK (state IN ('draft', 'published')),
    -- generated when the draft is created; small and read whole
    facts            jsonb        NOT NULL,
    computed_health  varchar(12),
    summary          text,
    accomplishments  text,
    next_steps       text,
    blockers         text,
    rag_overall      varchar(5)   CHECK (rag_overall IN ('green', 'amber', 'red')),
    rag_schedule     varchar(5)   CHECK (rag_schedule IN ('green', 'amber', 'red')),
    rag_scope        varchar(5)   CHECK (rag_scope IN ('green', 'amber', 'red')),
    rag_resources    varchar(5)   CHECK (rag_resources IN ('green', 'amber', 'red')),
    rag_reason       text,
    published_at     timestamptz,
    published_by     uuid,
    created_by       uuid,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT status_reports_period_ck CHECK (period_end >= period_start),
    CONSTRAINT status_reports_published_ck CHECK ((state = 'published') = (published_at IS NOT NULL))
);
CREATE INDEX status_reports_project_idx ON status_reports (project_id, created_at DESC);
CREATE INDEX status_reports_published_idx ON status_reports (workspace_id, period_end) WHERE state = 'published';

CREATE TABLE share_links (
    id            uuid PRIMARY KEY,
    workspace_id  uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id    uuid         NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    token_hash    varchar(64)  NOT NULL UNIQUE,
    expires_at    timestamptz,
    revoked_at    timestamptz,
    created_by    uuid,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX share_links_project_idx ON share_links (project_id);

CREATE TABLE report_feedback (
    id             uuid PRIMARY KEY,
    workspace_id   uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id     uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    report_id      uuid          NOT NULL REFERENCES status_reports (id) ON DELETE CASCADE,
    share_link_id  uuid          REFERENCES share_links (id) ON DELETE SET NULL,
    rating         int           NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment        varchar(2000),
    created_at     timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX report_feedback_workspace_idx ON report_feedback (workspace_id, created_at);
CREATE INDEX report_feedback_project_idx ON report_feedback (project_id, created_at);
