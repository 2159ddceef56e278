-- Activity log: every create/update/delete of a planning object, with old and new values.
CREATE TABLE activity (
    id           bigserial PRIMARY KEY,
    workspace_id uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id   uuid,
    entity_type  varchar(40)  NOT NULL,
    entity_id    uuid         NOT NULL,
    action       varchar(20)  NOT NULL CHECK (action IN ('created', 'updated', 'deleted')),
    actor_id     uuid,
    at           timestamptz  NOT NULL DEFAULT now(),
    changes      jsonb        NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX activity_project_idx ON activity (project_id, id) WHERE project_id IS NOT NULL;
CREATE INDEX activity_entity_idx ON activity (entity_id, id);
CREATE INDEX activity_workspace_idx ON activity (workspace_id, id);
