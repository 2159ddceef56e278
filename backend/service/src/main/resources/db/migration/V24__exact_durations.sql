-- Durations and lags to the minute. duration_days / lag_days stay the figures most of the code
-- reads (days of the project's calendar, 3 decimals); the minute columns, when set, are the exact
-- value the schedule uses (a 30-minute task, a 45-minute lag). NULL = the days are exact.
ALTER TABLE tasks ADD COLUMN duration_minutes integer CHECK (duration_minutes >= 0);
ALTER TABLE dependencies ADD COLUMN lag_minutes integer;
