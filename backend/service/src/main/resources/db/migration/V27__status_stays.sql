-- Time in status reads one row per task and status instead of aggregating every visit on each
-- read (45,000 visits grouped into 20,000 took most of a flow read): status_stays holds, per task
-- and status, the total time of the task's finished stays in it and when it last left it. The
-- flow trigger rebuilds a touched task's stays with its visits.
CREATE TABLE status_stays (
    task_id       uuid             NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    status        varchar(40)      NOT NULL,
    project_id    uuid             NOT NULL,
    workspace_id  uuid             NOT NULL,
    seconds       double precision NOT NULL,
    last_left_at  timestamptz      NOT NULL,
    PRIMARY KEY (task_id, status)
);
CREATE INDEX status_stays_project_idx ON status_stays (project_id, last_left_at) INCLUDE (status, seconds);
CREATE INDEX status_stays_workspace_idx ON status_stays (workspace_id, last_left_at) INCLUDE (status, seconds);

CREATE OR REPLACE FUNCTION track_flow() RETURNS trigger LANGUAGE plpgsql AS $$
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
        -- and its stays from the visits just written: separate statements, since a statement sees
        -- the tables as they were when it began, and an unreferenced DELETE in a CTE runs after the
        -- main INSERT (which would then collide with the stays it replaces)
        EXECUTE format($sql$
            DELETE FROM status_stays s
            WHERE s.task_id IN (SELECT m.task_id FROM %1$I m)
            $sql$, source);
        EXECUTE format($sql$
            INSERT INTO status_stays (task_id, status, project_id, workspace_id, seconds, last_left_at)
            SELECT v.task_id, v.status, (array_agg(v.project_id))[1], (array_agg(v.workspace_id))[1],
                   sum(date_part('epoch', v.left_at - v.entered_at)), max(v.left_at)
            FROM status_visits v
            WHERE v.task_id IN (SELECT m.task_id FROM %1$I m JOIN tasks t ON t.id = m.task_id)
              AND v.left_at IS NOT NULL
            GROUP BY v.task_id, v.status
            $sql$, source);
    END LOOP;
    RETURN NULL;
END
$$;

-- the stays of the history recorded so far
INSERT INTO status_stays (task_id, status, project_id, workspace_id, seconds, last_left_at)
SELECT task_id, status, (array_agg(project_id))[1], (array_agg(workspace_id))[1],
       sum(date_part('epoch', left_at - entered_at)), max(left_at)
FROM status_visits
WHERE left_at IS NOT NULL
GROUP BY task_id, status;
