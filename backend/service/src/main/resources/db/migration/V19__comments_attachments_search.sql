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
