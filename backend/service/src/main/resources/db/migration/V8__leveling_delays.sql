-- Levelling writes a delay per task (MS Project's Leveling Delay) instead of a date constraint:
-- the engine adds it after what drives the task, so drivers and the critical path stay honest,
-- and clearing levelling is deleting the project's rows.
CREATE TABLE task_leveling_delays (
    task_id     uuid PRIMARY KEY REFERENCES tasks (id) ON DELETE CASCADE,
    project_id  uuid        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    -- working minutes of the project calendar
    minutes     int         NOT NULL CHECK (minutes > 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_leveling_delays_project_idx ON task_leveling_delays (project_id);

ALTER TABLE task_schedules ADD COLUMN leveling_delay_minutes int NOT NULL DEFAULT 0;

-- the chain(s) of driving predecessors that set the finish (critical_path keeps the first chain)
ALTER TABLE project_schedules ADD COLUMN driving_path uuid[] NOT NULL DEFAULT '{}';
