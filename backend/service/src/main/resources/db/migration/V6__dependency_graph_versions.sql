-- A version per workspace's dependency graph, bumped by every insert and delete of dependencies
-- (also those cascading from deleted tasks). The cycle check keeps the graph in memory and reloads
-- it only when the version moved; locking the row serialises link creation per workspace, so two
-- concurrent links cannot close a cycle together.
CREATE TABLE dependency_graph_versions (
    workspace_id  uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    version       bigint NOT NULL DEFAULT 0
);
INSERT INTO dependency_graph_versions (workspace_id) SELECT id FROM workspaces;

CREATE FUNCTION bump_dependency_graph_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dependency_graph_versions (workspace_id, version)
    SELECT DISTINCT c.workspace_id, 1 FROM changed c WHERE EXISTS (SELECT 1 FROM workspaces w WHERE w.id = c.workspace_id)
    ON CONFLICT (workspace_id) DO UPDATE SET version = dependency_graph_versions.version + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER dependencies_inserted AFTER INSERT ON dependencies
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_dependency_graph_version();
CREATE TRIGGER dependencies_deleted AFTER DELETE ON dependencies
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bump_dependency_graph_version();
