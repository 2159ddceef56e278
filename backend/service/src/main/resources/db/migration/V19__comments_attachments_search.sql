-- Issue 21: who a comment mentions, files on tasks, and workspace search.

-- The people a comment names with @name or @handle, resolved when the comment is written (a later
-- rename does not change whom an old comment mentioned).
CREATE TABLE comment_mentions (
    comment_id    uuid NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    person_id     uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    PRIMARY KEY (comment_id, person_id)
);
CREATE INDEX comment_mentions_person_idx ON comment_mentions (person_id);

-- Files on tasks. The metadata lives here; the bytes live behind AttachmentStorage (by default the
-- attachment_contents table below, so a backup of the database holds everything).
CREATE TABLE attachments (
    id            uuid PRIMARY KEY,
    workspace_id  uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id    uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    task_id       uuid          NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    file_name     varchar(255)  NOT NULL,
    content_type  varchar(255)  NOT NULL,
    size_bytes    bigint        NOT NULL CHECK (size_bytes >= 0),
    sha256        varchar(64)   NOT NULL,
    uploaded_by   uuid          REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX attachments_task_idx ON attachments (task_id, created_at, id);

CREATE TABLE attachment_contents (
    attachment_id  uuid  PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
    content        bytea NOT NULL
);

-- Workspace search: full-text (generated tsvector columns, GIN) for words and prefixes, trigrams
-- (pg_trgm, GIN) on names and titles for typos. The 'simple' configuration does not stem, so a
-- prefix query (`wirefr:*`) matches what was typed, in any language.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE tasks ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', coalesce(description, '')), 'B')
) STORED;
CREATE INDEX tasks_search_idx ON tasks USING gin (search_vector);
CREATE INDEX tasks_title_trgm_idx ON tasks USING gin (lower(title) gin_trgm_ops);

ALTER TABLE projects ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', name || ' ' || key), 'A') || setweight(to_tsvector('simple', coalesce(description, '')), 'B')
) STORED;
CREATE INDEX projects_search_idx ON projects USING gin (search_vector);
CREATE INDEX projects_name_trgm_idx ON projects USING gin (lower(name) gin_trgm_ops);

ALTER TABLE milestones ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', name)
) STORED;
CREATE INDEX milestones_search_idx ON milestones USING gin (search_vector);
CREATE INDEX milestones_name_trgm_idx ON milestones USING gin (lower(name) gin_trgm_ops);

ALTER TABLE people ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', name), 'A') || setweight(to_tsvector('simple', coalesce(email, '')), 'B')
) STORED;
CREATE INDEX people_search_idx ON people USING gin (search_vector);
CREATE INDEX people_name_trgm_idx ON people USING gin (lower(name) gin_trgm_ops);
