-- Risks and issues of a project, their score history, the workspace escalation policy, the
-- escalations raised (with one in-app notification row per person of the level, which the
-- notifications feature delivers), and the append-only decision log.

CREATE TABLE risks (
    id                    uuid PRIMARY KEY,
    workspace_id          uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id            uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind                  varchar(10)   NOT NULL CHECK (kind IN ('risk', 'issue')),
    title                 varchar(200)  NOT NULL,
    description           text,
    probability           int           NOT NULL CHECK (probability BETWEEN 1 AND 5),
    impact                int           NOT NULL CHECK (impact BETWEEN 1 AND 5),
    owner_id              uuid          REFERENCES people (id) ON DELETE SET NULL,
    status                varchar(12)   NOT NULL CHECK (status IN ('open', 'mitigating', 'closed', 'occurred')),
    mitigation            text,
    contingency           text,
    due_date              date,
    schedule_impact_days  int           NOT NULL DEFAULT 0 CHECK (schedule_impact_days BETWEEN 0 AND 1000),
    escalation_level      int           NOT NULL DEFAULT 0 CHECK (escalation_level >= 0),
    -- the automatic rules that have raised this risk and whose condition still holds (re-armed when it stops)
    fired_rules           varchar(20)[] NOT NULL DEFAULT '{}',
    created_by            uuid,
    created_at            timestamptz   NOT NULL DEFAULT now(),
    updated_at            timestamptz   NOT NULL DEFAULT now(),
    version               bigint        NOT NULL DEFAULT 0
);
CREATE INDEX risks_project_idx ON risks (project_id);
CREATE INDEX risks_workspace_idx ON risks (workspace_id);

CREATE TABLE risk_tasks (
    risk_id  uuid NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    task_id  uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    PRIMARY KEY (risk_id, task_id)
);
CREATE INDEX risk_tasks_task_idx ON risk_tasks (task_id);

CREATE TABLE risk_milestones (
    risk_id       uuid NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    milestone_id  uuid NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    PRIMARY KEY (risk_id, milestone_id)
);
CREATE INDEX risk_milestones_milestone_idx ON risk_milestones (milestone_id);

CREATE TABLE risk_score_history (
    id           uuid PRIMARY KEY,
    risk_id      uuid        NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    probability  int         NOT NULL,
    impact       int         NOT NULL,
    score        int         NOT NULL,
    changed_at   timestamptz NOT NULL,
    changed_by   uuid
);
CREATE INDEX risk_score_history_risk_idx ON risk_score_history (risk_id, changed_at);

CREATE TABLE escalation_policies (
    workspace_id       uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    -- [{level, name, personIds}] in order; small, read and written whole
    levels             text        NOT NULL DEFAULT '[]',
    score_at_least     int,
    overdue_days       int,
    milestone_at_risk  boolean     NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            bigint      NOT NULL DEFAULT 0
);

CREATE TABLE risk_escalations (
    id            uuid PRIMARY KEY,
    workspace_id  uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id    uuid         NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    risk_id       uuid         NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    direction     varchar(4)   NOT NULL CHECK (direction IN ('up', 'down')),
    from_level    int          NOT NULL,
    level         int          NOT NULL,
    reason        varchar(1000) NOT NULL,
    rule          varchar(20),
    by_user_id    uuid,
    at            timestamptz  NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX risk_escalations_workspace_idx ON risk_escalations (workspace_id, at DESC, id DESC);
CREATE INDEX risk_escalations_risk_idx ON risk_escalations (risk_id, at DESC);

-- The seam to the notifications feature: one row per person of the level reached, undelivered until it reads them.
CREATE TABLE escalation_notifications (
    id             uuid PRIMARY KEY,
    workspace_id   uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    escalation_id  uuid        NOT NULL REFERENCES risk_escalations (id) ON DELETE CASCADE,
    person_id      uuid        NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    event_type     varchar(40) NOT NULL DEFAULT 'risk.escalated',
    created_at     timestamptz NOT NULL,
    delivered_at   timestamptz
);
CREATE INDEX escalation_notifications_undelivered_idx ON escalation_notifications (created_at) WHERE delivered_at IS NULL;

CREATE TABLE decisions (
    id                  uuid PRIMARY KEY,
    workspace_id        uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id          uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    title               varchar(200)  NOT NULL,
    context             text          NOT NULL,
    decision            text          NOT NULL,
    options_considered  text,
    decided_by          varchar(200)  NOT NULL,
    decided_on          date          NOT NULL,
    supersedes_id       uuid          UNIQUE REFERENCES decisions (id),
    superseded_by_id    uuid          UNIQUE REFERENCES decisions (id),
    created_by          uuid,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    version             bigint        NOT NULL DEFAULT 0
);
CREATE INDEX decisions_project_idx ON decisions (project_id, decided_on DESC, created_at DESC);

CREATE TABLE decision_tasks (
    decision_id  uuid NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    task_id      uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    PRIMARY KEY (decision_id, task_id)
);

CREATE TABLE decision_risks (
    decision_id  uuid NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    risk_id      uuid NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    PRIMARY KEY (decision_id, risk_id)
);
