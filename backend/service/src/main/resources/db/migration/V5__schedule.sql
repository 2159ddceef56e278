-- The computed schedule (always current: recomputed inside every planning change) and baselines.

CREATE TABLE task_schedules (
    task_id               uuid PRIMARY KEY REFERENCES tasks (id) ON DELETE CASCADE,
    project_id            uuid        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    early_start           timestamp   NOT NULL,
    early_finish          timestamp   NOT NULL,
    late_start            timestamp   NOT NULL,
    late_finish           timestamp   NOT NULL,
    total_float_minutes   int         NOT NULL,
    free_float_minutes    int         NOT NULL,
    critical              boolean     NOT NULL,
    driver_kind           varchar(20) NOT NULL,
    driver_dependency_id  uuid,
    driver_summary_id     uuid,
    constraint_conflict   boolean     NOT NULL DEFAULT false,
    -- against the project's latest baseline, in working minutes of the project calendar
    baseline_start        timestamp,
    baseline_finish       timestamp,
    start_variance_minutes  int,
    finish_variance_minutes int
);
CREATE INDEX task_schedules_project_idx ON task_schedules (project_id);

CREATE TABLE project_schedules (
    project_id       uuid PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    start            timestamp,
    finish           timestamp,
    minutes_per_day  int          NOT NULL,
    critical_path    uuid[]       NOT NULL DEFAULT '{}',
    health           varchar(12)  NOT NULL DEFAULT 'on_track',
    computed_at      timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE baselines (
    id            uuid PRIMARY KEY,
    workspace_id  uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id    uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name          varchar(200)  NOT NULL,
    created_by    uuid,
    created_at    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX baselines_project_idx ON baselines (project_id, created_at);

CREATE TABLE baseline_tasks (
    baseline_id    uuid           NOT NULL REFERENCES baselines (id) ON DELETE CASCADE,
    task_id        uuid           NOT NULL,
    start          timestamp      NOT NULL,
    finish         timestamp      NOT NULL,
    duration_days  numeric(10, 3) NOT NULL,
    PRIMARY KEY (baseline_id, task_id)
);
