-- Workflows: a workspace's ordered task statuses, each in a category the scheduler and workload
-- read. Statuses and allowed transitions are stored in their wire shape (validated by the service).
CREATE TABLE workflows (
    id            uuid PRIMARY KEY,
    workspace_id  uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name          varchar(100)  NOT NULL,
    is_default    boolean       NOT NULL DEFAULT false,
    statuses      jsonb         NOT NULL,
    transitions   jsonb         NOT NULL DEFAULT '[]',
    created_at    timestamptz   NOT NULL DEFAULT now(),
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    version       bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX workflows_default_uq ON workflows (workspace_id) WHERE is_default;
CREATE UNIQUE INDEX workflows_name_uq ON workflows (workspace_id, lower(name));

-- today's six statuses become every workspace's default workflow
INSERT INTO workflows (id, workspace_id, name, is_default, statuses)
SELECT gen_random_uuid(), w.id, 'Standard', true, '[
  {"key": "todo", "name": "To do", "category": "todo"},
  {"key": "in_progress", "name": "In progress", "category": "in_progress"},
  {"key": "review", "name": "In review", "category": "review"},
  {"key": "blocked", "name": "Blocked", "category": "in_progress"},
  {"key": "done", "name": "Done", "category": "done"},
  {"key": "cancelled", "name": "Cancelled", "category": "cancelled"}
]'::jsonb
FROM workspaces w;

ALTER TABLE projects ADD COLUMN workflow_id uuid REFERENCES workflows (id);
UPDATE projects p SET workflow_id = w.id FROM workflows w WHERE w.workspace_id = p.workspace_id AND w.is_default;
ALTER TABLE projects ALTER COLUMN workflow_id SET NOT NULL;
CREATE INDEX projects_workflow_idx ON projects (workflow_id);

-- a task's status is a key of its project's workflow; its category is kept beside it so that SQL
-- (schedule, workload, portfolio) reads "done" and "cancelled" without knowing workflows
ALTER TABLE tasks DROP CONSTRAINT tasks_status_check;
ALTER TABLE tasks ALTER COLUMN status TYPE varchar(40);
ALTER TABLE tasks ADD COLUMN status_category varchar(12) NOT NULL DEFAULT 'todo'
    CHECK (status_category IN ('todo', 'in_progress', 'review', 'done', 'cancelled'));
ALTER TABLE tasks ADD COLUMN status_since timestamptz NOT NULL DEFAULT now();
UPDATE tasks SET status_category = CASE status WHEN 'blocked' THEN 'in_progress' ELSE status END,
                 status_since = updated_at;
CREATE INDEX tasks_project_status_idx ON tasks (project_id, status);

-- every move of a task between statuses (the first row of a task has no from_status)
CREATE TABLE task_transitions (
    id            uuid PRIMARY KEY,
    seq           bigserial     NOT NULL,
    workspace_id  uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id    uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    task_id       uuid          NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    from_status   varchar(40),
    to_status     varchar(40)   NOT NULL,
    by_user_id    uuid,
    at            timestamptz   NOT NULL DEFAULT now(),
    comment       text,
    wip_exceeded  boolean       NOT NULL DEFAULT false
);
CREATE INDEX task_transitions_task_idx ON task_transitions (task_id, at, seq);
-- flow analytics read a project's (or workspace's) moves task by task in time order: these indexes
-- hand them over already sorted and carry the statuses, so no sort and no heap visit is needed
CREATE INDEX task_transitions_project_idx ON task_transitions (project_id, task_id, at, seq) INCLUDE (from_status, to_status);
CREATE INDEX task_transitions_workspace_idx ON task_transitions (workspace_id, task_id, at, seq) INCLUDE (from_status, to_status);

INSERT INTO task_transitions (id, workspace_id, project_id, task_id, from_status, to_status, by_user_id, at)
SELECT gen_random_uuid(), t.workspace_id, t.project_id, t.id, NULL, t.status, t.created_by, t.created_at
FROM tasks t;

-- an approval round opened when a task enters a status with an approval step; the approvers are
-- copied from the workflow at that moment, so editing the workflow never changes a running round
CREATE TABLE approvals (
    id                   uuid PRIMARY KEY,
    workspace_id         uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id           uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    task_id              uuid          NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    status_key           varchar(40)   NOT NULL,
    required             int           NOT NULL CHECK (required >= 1),
    approver_person_ids  uuid[]        NOT NULL DEFAULT '{}',
    approver_role        varchar(20),
    reject_to            varchar(40)   NOT NULL,
    state                varchar(10)   NOT NULL CHECK (state IN ('pending', 'approved', 'rejected', 'withdrawn')),
    requested_by         uuid,
    requested_at         timestamptz   NOT NULL DEFAULT now(),
    decided_at           timestamptz,
    version              bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX approvals_one_pending_uq ON approvals (task_id) WHERE state = 'pending';
CREATE INDEX approvals_workspace_state_idx ON approvals (workspace_id, state, requested_at);

CREATE TABLE approval_decisions (
    approval_id  uuid          NOT NULL REFERENCES approvals (id) ON DELETE CASCADE,
    user_id      uuid          NOT NULL,
    decision     varchar(10)   NOT NULL CHECK (decision IN ('approve', 'reject')),
    comment      text,
    at           timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (approval_id, user_id)
);
