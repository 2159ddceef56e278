-- Warm plans: each replica keeps projects' plans in memory and, instead of reading a whole project
-- on every edit, reads only what changed since its copy. Triggers log every task and dependency
-- change with the id of the transaction that made it; a copy remembers the database snapshot it
-- was read at, and the changes "not visible in that snapshot" are exactly the ones it has not seen,
-- whatever order transactions commit in. Rows are pruned after 15 minutes; copies older than 10
-- minutes are read again in full (transactions time out long before the difference).
CREATE TABLE plan_changes (
    project_id  uuid        NOT NULL,
    xid         xid8        NOT NULL DEFAULT pg_current_xact_id(),
    kind        char(1)     NOT NULL CHECK (kind IN ('t', 'd')),
    entity_id   uuid        NOT NULL,
    at          timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX plan_changes_project_idx ON plan_changes (project_id, xid);
CREATE INDEX plan_changes_at_idx ON plan_changes (at);

CREATE FUNCTION log_task_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO plan_changes (project_id, kind, entity_id) SELECT DISTINCT project_id, 't', id FROM changed;
    RETURN NULL;
END
$$;

-- a dependency belongs to the plan of its successor's project; one removed with its successor is
-- covered by that task's own change
CREATE FUNCTION log_dependency_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO plan_changes (project_id, kind, entity_id)
    SELECT DISTINCT t.project_id, 'd', c.id FROM changed c JOIN tasks t ON t.id = c.successor_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER tasks_logged_insert AFTER INSERT ON tasks
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION log_task_changes();
CREATE TRIGGER tasks_logged_update AFTER UPDATE ON tasks
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION log_task_changes();
CREATE TRIGGER tasks_logged_delete AFTER DELETE ON tasks
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION log_task_changes();
CREATE TRIGGER dependencies_logged_insert AFTER INSERT ON dependencies
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION log_dependency_changes();
CREATE TRIGGER dependencies_logged_update AFTER UPDATE ON dependencies
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION log_dependency_changes();
CREATE TRIGGER dependencies_logged_delete AFTER DELETE ON dependencies
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION log_dependency_changes();

-- which computation wrote a project's stored schedule rows: a replica that wrote them last can
-- compare the next computation with its own copy instead of reading them back
ALTER TABLE project_schedules ADD COLUMN computation uuid;
