-- Procedures (standard operating procedures): markdown documents of a workspace. Workflow statuses
-- name one by id (in workflows.statuses, jsonb); templates list theirs. The HTML is rendered and
-- sanitised on every read, never stored, so a fix to the allow-list reaches every old document.
CREATE TABLE procedures (
    id             uuid PRIMARY KEY,
    workspace_id   uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    title          varchar(200)  NOT NULL,
    body_markdown  text          NOT NULL DEFAULT '',
    created_by     uuid,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    version        bigint        NOT NULL DEFAULT 0
);
CREATE INDEX procedures_workspace_idx ON procedures (workspace_id, lower(title), id);

-- Project templates: a plan reduced to what repeats (tasks with their WBS and durations, links with
-- lags, milestones as working-day offsets from the start, assignments by role or team, the risk
-- checklist, procedures), kept as one jsonb document in its wire shape. Built-in templates are
-- defined in code and copied into a workspace (builtin_key set) the first time its templates are listed.
CREATE TABLE project_templates (
    id             uuid PRIMARY KEY,
    workspace_id   uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name           varchar(200)  NOT NULL,
    description    text,
    builtin_key    varchar(40),
    body           jsonb         NOT NULL,
    created_by     uuid,
    created_at     timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX project_templates_workspace_idx ON project_templates (workspace_id, lower(name), id);
CREATE UNIQUE INDEX project_templates_builtin_uq ON project_templates (workspace_id, builtin_key)
    WHERE builtin_key IS NOT NULL;
