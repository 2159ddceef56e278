-- Schedule variance reads, per project, the task that finishes last: an index probe per project
-- instead of sorting every task of the workspace (20,000 tasks took most of the metrics' variance).
CREATE INDEX task_schedules_last_idx ON task_schedules (project_id, early_finish DESC, task_id)
    INCLUDE (finish_variance_minutes) WHERE finish_variance_minutes IS NOT NULL;
