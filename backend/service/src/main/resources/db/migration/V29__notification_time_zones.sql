-- Each user's time zone (an IANA name such as Europe/Berlin) for the daily digest and deadline
-- reminders: a day's digest goes out once that day has ended where the person is, and a deadline
-- approaches or passes by the assignee's calendar day. Null: the workspace's zone (throughline.time.zone).
ALTER TABLE notification_preferences ADD COLUMN time_zone varchar(64);
