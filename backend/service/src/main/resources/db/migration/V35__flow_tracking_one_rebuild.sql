-- Deletes and updates of moves rebuild the touched tasks' visits and stays with the same function
-- as an out-of-order insert (V34), once per statement: V27's copy of those statements ran once per
-- transition table, so an update rebuilt its tasks twice.
CREATE OR REPLACE FUNCTION track_flow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    source text;
    sign int;
    touched uuid[] := '{}';
    ids uuid[];
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
        EXECUTE format('SELECT ARRAY(SELECT DISTINCT task_id FROM %I)', source) INTO ids;
        touched := touched || ids;
    END LOOP;
    -- a deleted move joins its neighbours' visits, a moved one may change their order
    PERFORM rebuild_status_history(ARRAY(SELECT DISTINCT unnest(touched)));
    RETURN NULL;
END
$$;
