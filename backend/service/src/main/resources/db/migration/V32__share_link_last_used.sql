-- When a share link was last opened or used to rate a report, so coordinators can see which links
-- are in use before revoking them.
ALTER TABLE share_links ADD COLUMN last_used_at timestamptz;
