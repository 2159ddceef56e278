-- People (resources), their cross-functional teams, working calendars and time off.

-- A working calendar: the work week and exceptions (holidays, special days) as JSON values,
-- validated and normalised by the service ({"mon": [{"from": "08:00", "to": "12:00"}], ...}).
CREATE TABLE calendars (
    id            uuid PRIMARY KEY,
    workspace_id  uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name          varchar(200) NOT NULL,
    is_default    boolean      NOT NULL DEFAULT false,
    work_week     jsonb        NOT NULL,
    exceptions    jsonb        NOT NULL DEFAULT '[]'::jsonb,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX calendars_name_uq ON calendars (workspace_id, lower(name));
-- exactly one default calendar per workspace
CREATE UNIQUE INDEX calendars_default_uq ON calendars (workspace_id) WHERE is_default;

CREATE TABLE teams (
    id            uuid PRIMARY KEY,
    workspace_id  uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name          varchar(200)  NOT NULL,
    description   varchar(2000),
    created_at    timestamptz   NOT NULL DEFAULT now(),
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    version       bigint        NOT NULL DEFAULT 0
);
-- names are unique per workspace regardless of case; the index also serves the list's sort order
CREATE UNIQUE INDEX teams_name_uq ON teams (workspace_id, lower(name));

CREATE TABLE people (
    id            uuid PRIMARY KEY,
    workspace_id  uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name          varchar(200)  NOT NULL,
    email         varchar(320),
    user_id       uuid          REFERENCES users (id) ON DELETE SET NULL,
    team_id       uuid          REFERENCES teams (id) ON DELETE SET NULL,
    -- always set: the workspace's default calendar unless the person has their own
    calendar_id   uuid          NOT NULL REFERENCES calendars (id),
    max_units     numeric(4, 2) NOT NULL CHECK (max_units > 0 AND max_units <= 10),
    created_at    timestamptz   NOT NULL DEFAULT now(),
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    version       bigint        NOT NULL DEFAULT 0
);
CREATE INDEX people_workspace_name_idx ON people (workspace_id, lower(name), id);
CREATE INDEX people_team_idx ON people (team_id);
CREATE INDEX people_calendar_idx ON people (calendar_id);
-- a user is at most one person per workspace ("my work" finds them through it)
CREATE UNIQUE INDEX people_user_uq ON people (workspace_id, user_id) WHERE user_id IS NOT NULL;

CREATE TABLE time_off (
    id            uuid PRIMARY KEY,
    workspace_id  uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    person_id     uuid          NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    start_date    date          NOT NULL,
    end_date      date          NOT NULL,
    reason        varchar(500),
    created_at    timestamptz   NOT NULL DEFAULT now(),
    version       bigint        NOT NULL DEFAULT 0,
    CHECK (end_date >= start_date)
);
CREATE INDEX time_off_person_idx ON time_off (person_id, start_date, id);
CREATE INDEX time_off_workspace_idx ON time_off (workspace_id, start_date);

-- workspaces created before this migration get their default calendar too
INSERT INTO calendars (id, workspace_id, name, is_default, work_week, exceptions)
SELECT gen_random_uuid(), w.id, 'Standard', true,
       '{"mon":[{"from":"08:00","to":"12:00"},{"from":"13:00","to":"17:00"}],"tue":[{"from":"08:00","to":"12:00"},{"from":"13:00","to":"17:00"}],"wed":[{"from":"08:00","to":"12:00"},{"from":"13:00","to":"17:00"}],"thu":[{"from":"08:00","to":"12:00"},{"from":"13:00","to":"17:00"}],"fri":[{"from":"08:00","to":"12:00"},{"from":"13:00","to":"17:00"}],"sat":[],"sun":[]}'::jsonb,
       '[]'::jsonb
FROM workspaces w;
