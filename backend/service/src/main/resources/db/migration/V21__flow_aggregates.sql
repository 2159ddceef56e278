-- Flow analytics read aggregates kept by triggers instead of windowing over a project's whole
-- transition history on every read (50,000 moves took ~150 ms; these make it a few thousand rows).
--
-- flow_slots: per project, UTC quarter-hour and status, how many moves entered and left it. Every
-- time zone's offset is a multiple of 15 minutes, so a slot lies within one local day in any zone
-- and the cumulative flow in the service's zone is a sum over slots.
CREATE TABLE flow_slots (
    project_id    uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    workspace_id  uuid          NOT NULL,
    slot          timestamptz   NOT NULL,
    status        varchar(40)   NOT NULL,
    entered       int           NOT NULL,
    exited        int           NOT NULL,
    PRIMARY KEY (project_id, slot, status)
);
CREATE INDEX flow_slots_workspace_idx ON flow_slots (workspace_id, slot);

-- status_visits: each stay of a task in a status, from the move that entered it to the next move
-- of the task (moves ordered by time, then by insertion), so time in status reads visits directly.
CREATE TABLE status_visits (
    task_id       uuid          NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    project_id    uuid          NOT NULL,
    workspace_id  uuid          NOT NULL,
    status        varchar(40)   NOT NULL,
    entered_at    timestamptz   NOT NULL,
    left_at       timestamptz
);
CREATE INDEX status_visits_task_idx ON status_visits (task_id);
CREATE INDEX status_visits_project_idx ON status_visits (project_id, left_at) INCLUDE (task_id, status, entered_at);
CREATE INDEX status_visits_workspace_idx ON status_visits (workspace_id, left_at) INCLUDE (task_id, status, entered_at);

-- One trigger function for inserts, deletes and updates of moves: the rows a statement removed
-- ("moved_before") are counted out and the rows it added ("moved_after") counted in.
CREATE FUNCTION track_flow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    source text;
    sign int;
BEGIN
    FOR source, sign IN
        SELECT name, weight FROM (VALUES ('moved_before', -1), ('moved_after', 1)) AS v (name, weight)
        WHERE (name = 'moved_before' AND TG_OP IN ('DELETE', 'UPDATE'))
           OR (name = 'moved_after' AND TG_OP IN ('INSERT', 'UPDATE'))
    LOOP
        -- upserts in key order, so two statements touching the same slots cannot deadlock
        EXECUTE format($sql$
            INSERT INTO flow_slots AS f (project_id, workspace_id, slot, status, entered, exited)
            SELECT project_id, workspace_id, slot, status, $1 * sum(entered), $1 * sum(exited)
            FROM (
                SELECT project_id, workspace_id, date_bin('15 minutes', at, TIMESTAMPTZ 'epoch') AS slot,
                       to_status AS status, 1 AS entered, 0 AS exited
                FROM %1$I
                UNION ALL
                SELECT project_id, workspace_id, date_bin('15 minutes', at, TIMESTAMPTZ 'epoch'), from_status, 0, 1
                FROM %1$I WHERE from_status IS NOT NULL
            ) m
            WHERE EXISTS (SELECT 1 FROM projects p WHERE p.id = m.project_id)
            GROUP BY project_id, workspace_id, slot, status
            ORDER BY project_id, slot, status
            ON CONFLICT (project_id, slot, status)
                DO UPDATE SET entered = f.entered + excluded.entered, exited = f.exited + excluded.exited
            $sql$, source) USING sign;
        IF sign < 0 THEN
            EXECUTE format($sql$
                DELETE FROM flow_slots f
                USING (SELECT DISTINCT project_id, date_bin('15 minutes', at, TIMESTAMPTZ 'epoch') AS slot FROM %1$I) m
                WHERE f.project_id = m.project_id AND f.slot = m.slot AND f.entered = 0 AND f.exited = 0
                $sql$, source);
        END IF;
        -- a task's visits are rebuilt from its moves: a move may be recorded with an earlier time
        -- than the last one, and a deleted move joins its neighbours' visits
        EXECUTE format($sql$
            WITH touched AS (SELECT DISTINCT m.task_id FROM %1$I m JOIN tasks t ON t.id = m.task_id),
            cleared AS (DELETE FROM status_visits v USING touched WHERE v.task_id = touched.task_id)
            INSERT INTO status_visits (task_id, project_id, workspace_id, status, entered_at, left_at)
            SELECT task_id, project_id, workspace_id, to_status, at,
                   lead(at) OVER (PARTITION BY task_id ORDER BY at, seq)
            FROM task_transitions WHERE task_id IN (SELECT task_id FROM touched)
            $sql$, source);
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER task_transitions_flow_insert AFTER INSERT ON task_transitions
    REFERENCING NEW TABLE AS moved_after FOR EACH STATEMENT EXECUTE FUNCTION track_flow();
CREATE TRIGGER task_transitions_flow_delete AFTER DELETE ON task_transitions
    REFERENCING OLD TABLE AS moved_before FOR EACH STATEMENT EXECUTE FUNCTION track_flow();
CREATE TRIGGER task_transitions_flow_update AFTER UPDATE ON task_transitions
    REFERENCING OLD TABLE AS moved_before NEW TABLE AS moved_after FOR EACH STATEMENT EXECUTE FUNCTION track_flow();

-- the history recorded so far
INSERT INTO flow_slots (project_id, workspace_id, slot, status, entered, exited)
SELECT project_id, workspace_id, slot, status, sum(entered), sum(exited)
FROM (
    SELECT project_id, workspace_id, date_bin('15 minutes', at, TIMESTAMPTZ 'epoch') AS slot,
           to_status AS status, 1 AS entered, 0 AS exited
    FROM task_transitions
    UNION ALL
    SELECT project_id, workspace_id, date_bin('15 minutes', at, TIMESTAMPTZ 'epoch'), from_status, 0, 1
    FROM task_transitions WHERE from_status IS NOT NULL
) m
GROUP BY project_id, workspace_id, slot, status;

INSERT INTO status_visits (task_id, project_id, workspace_id, status, entered_at, left_at)
SELECT task_id, project_id, workspace_id, to_status, at, lead(at) OVER (PARTITION BY task_id ORDER BY at, seq)
FROM task_transitions;
