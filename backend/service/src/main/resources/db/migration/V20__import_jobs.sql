-- Imports of plan files (MS Project, Primavera, ProjectLibre, GanttProject, Planner) run as jobs:
-- the upload answers 202 with the job, which reports its state, progress and, when done, the new
-- project and the fidelity report (MS Project's own dates against ours).
CREATE TABLE import_jobs (
    id            uuid PRIMARY KEY,
    workspace_id  uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    created_by    uuid,
    file_name     varchar(255)  NOT NULL,
    state         varchar(10)   NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
    progress      int           NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    project_id    uuid          REFERENCES projects (id) ON DELETE SET NULL,
    fidelity      jsonb,
    problem       jsonb,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    updated_at    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX import_jobs_workspace_idx ON import_jobs (workspace_id, created_at);
