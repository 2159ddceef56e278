-- A status move is nearly always appended after the task's last move. Rebuilding the task's visits
-- and stays from its whole history on every move (dynamic SQL, planned anew each time) took most of
-- a transition's database time; an appended move only closes the open visit, adds one to the
-- closed status's stay and opens the next visit. Anything else (moves recorded out of order,
-- several moves of one task in one statement, deletes, updates) still rebuilds the task's history.

CREATE FUNCTION rebuild_status_history(task_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM status_visits WHERE task_id = ANY (task_ids);
    INSERT INTO status_visits (task_id, project_id, workspace_id, status, entered_at, left_at)
    SELECT m.task_id, m.project_id, m.workspace_id, m.to_status, m.at,
           lead(m.at) OVER (PARTITION BY m.task_id ORDER BY m.at, m.seq)
    FROM task_transitions m
    WHERE m.task_id = ANY (task_ids) AND EXISTS (SELECT 1 FROM tasks t WHERE t.id = m.task_id);
    DELETE FROM status_stays WHERE task_id = ANY (task_ids);
    INSERT INTO status_stays (task_id, status, project_id, workspace_id, seconds, last_left_at)
    SELECT v.task_id, v.status, (array_agg(v.project_id))[1], (array_agg(v.workspace_id))[1],
           sum(date_part('epoch', v.left_at - v.entered_at)), max(v.left_at)
    FROM status_visits v
    WHERE v.task_id = ANY (task_ids) AND v.left_at IS NOT NULL
    GROUP BY v.task_id, v.status;
END
$$;

CREATE FUNCTION track_flow_appended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- upserts in key order, so two statements touching the same slots cannot deadlock
    INSERT INTO flow_slots AS f (project_id, workspace_id, slot, status, entered, exited)
    SELECT project_id, workspace_id, slot, status, sum(entered), sum(exited)
    FROM (
        SELECT project_id, workspace_id, date_bin('15 minutes', at, TIMESTAMPTZ 'epoch') AS slot,
               to_status AS status, 1 AS entered, 0 AS exited
        FROM moved_after
        UNION ALL
        SELECT project_id, workspace_id, date_bin('15 minutes', at, TIMESTAMPTZ 'epoch'), from_status, 0, 1
        FROM moved_after WHERE from_status IS NOT NULL
    ) m
    WHERE EXISTS (SELECT 1 FROM projects p WHERE p.id = m.project_id)
    GROUP BY project_id, workspace_id, slot, status
    ORDER BY project_id, slot, status
    ON CONFLICT (project_id, slot, status)
        DO UPDATE SET entered = f.entered + excluded.entered, exited = f.exited + excluded.exited;

    -- a move with the same time as the task's last one comes after it (moves order by time, then
    -- by insertion), so only a visit entered strictly later makes the move an insertion
    IF EXISTS (SELECT 1 FROM moved_after GROUP BY task_id HAVING count(*) > 1)
       OR EXISTS (SELECT 1 FROM moved_after m JOIN status_visits v ON v.task_id = m.task_id
                  WHERE v.entered_at > m.at) THEN
        PERFORM rebuild_status_history(ARRAY(SELECT DISTINCT task_id FROM moved_after));
        RETURN NULL;
    END IF;

    WITH closed AS (
        UPDATE status_visits v SET left_at = m.at
        FROM moved_after m
        WHERE v.task_id = m.task_id AND v.left_at IS NULL
        RETURNING v.task_id, v.status, v.project_id, v.workspace_id, v.entered_at, v.left_at
    )
    INSERT INTO status_stays AS s (task_id, status, project_id, workspace_id, seconds, last_left_at)
    SELECT task_id, status, project_id, workspace_id, date_part('epoch', left_at - entered_at), left_at
    FROM closed
    ORDER BY task_id, status
    ON CONFLICT (task_id, status)
        DO UPDATE SET seconds = s.seconds + excluded.seconds,
                      last_left_at = greatest(s.last_left_at, excluded.last_left_at);

    INSERT INTO status_visits (task_id, project_id, workspace_id, status, entered_at, left_at)
    SELECT m.task_id, m.project_id, m.workspace_id, m.to_status, m.at, NULL
    FROM moved_after m
    WHERE EXISTS (SELECT 1 FROM tasks t WHERE t.id = m.task_id);
    RETURN NULL;
END
$$;

DROP TRIGGER task_transitions_flow_insert ON task_transitions;
CREATE TRIGGER task_transitions_flow_insert AFTER INSERT ON task_transitions
    REFERENCING NEW TABLE AS moved_after FOR EACH STATEMENT EXECUTE FUNCTION track_flow_appended();
