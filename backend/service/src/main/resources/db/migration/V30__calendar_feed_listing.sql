-- Calendar feeds can be listed by their owner: a masked hint of the token (its first characters,
-- never the whole secret) and when the feed was last fetched by a calendar application.
ALTER TABLE calendar_feeds ADD COLUMN token_hint varchar(8);
ALTER TABLE calendar_feeds ADD COLUMN last_used_at timestamptz;
CREATE INDEX calendar_feeds_project_idx ON calendar_feeds (project_id, user_id) WHERE project_id IS NOT NULL;
