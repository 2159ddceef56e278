-- Planning model: projects, the task hierarchy, dependencies, assignments, milestones, comments.

CREATE TABLE projects (
    id                  uuid PRIMARY KEY,
    workspace_id        uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    key                 varchar(10)   NOT NULL,
    name                varchar(200)  NOT NULL,
    description         text,
    owner_id            uuid          REFERENCES people (id) ON DELETE SET NULL,
    status              varchar(20)   NOT NULL CHECK (status IN ('planned', 'active', 'on_hold', 'completed', 'cancelled')),
    start_date          date          NOT NULL,
    target_finish_date  date,
    calendar_id         uuid          REFERENCES calendars (id),
    status_date         date,
    -- keys (WEB-1, WEB-2, …) come from this counter, so a deleted task's key is never reused
    next_task_number    int           NOT NULL DEFAULT 0,
    created_by          uuid,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    version             bigint        NOT NULL DEFAULT 0,
    CONSTRAINT projects_key_uq UNIQUE (workspace_id, key),
    CONSTRAINT projects_dates_ck CHECK (target_finish_date IS NULL OR target_finish_date >= start_date)
);
CREATE INDEX projects_workspace_idx ON projects (workspace_id, key);

CREATE TABLE tasks (
    id                uuid PRIMARY KEY,
    workspace_id      uuid           NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id        uuid           NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    parent_id         uuid           REFERENCES tasks (id) ON DELETE CASCADE,
    number            int            NOT NULL,
    position          int            NOT NULL DEFAULT 0,
    title             varchar(500)   NOT NULL,
    description       text,
    status            varchar(20)    NOT NULL CHECK (status IN ('todo', 'in_progress', 'review', 'blocked', 'done', 'cancelled')),
    priority          varchar(10)    NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    duration_days     numeric(10, 3) NOT NULL CHECK (duration_days >= 0),
    constraint_type   varchar(4)     NOT NULL DEFAULT 'asap'
                      CHECK (constraint_type IN ('asap', 'alap', 'snet', 'snlt', 'fnet', 'fnlt', 'mso', 'mfo')),
    constraint_date   date,
    deadline          date,
    percent_complete  numeric(5, 2)  NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
    actual_start      date,
    actual_finish     date,
    tags              varchar(40)[]  NOT NULL DEFAULT '{}',
    created_by        uuid,
    created_at        timestamptz    NOT NULL DEFAULT now(),
    updated_at        timestamptz    NOT NULL DEFAULT now(),
    version           bigint         NOT NULL DEFAULT 0,
    CONSTRAINT tasks_number_uq UNIQUE (project_id, number),
    CONSTRAINT tasks_actuals_ck CHECK (actual_finish IS NULL OR actual_start IS NULL OR actual_finish >= actual_start)
);
CREATE INDEX tasks_parent_idx ON tasks (parent_id);
CREATE INDEX tasks_workspace_idx ON tasks (workspace_id);
CREATE INDEX tasks_tags_idx ON tasks USING gin (tags);
CREATE INDEX tasks_deadline_idx ON tasks (project_id, deadline);

CREATE TABLE dependencies (
    id              uuid PRIMARY KEY,
    workspace_id    uuid           NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    predecessor_id  uuid           NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    successor_id    uuid           NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    type            varchar(2)     NOT NULL CHECK (type IN ('fs', 'ss', 'ff', 'sf')),
    lag_days        numeric(10, 3) NOT NULL DEFAULT 0,
    created_by      uuid,
    created_at      timestamptz    NOT NULL DEFAULT now(),
    version         bigint         NOT NULL DEFAULT 0,
    CONSTRAINT dependencies_pair_uq UNIQUE (predecessor_id, successor_id),
    CONSTRAINT dependencies_self_ck CHECK (predecessor_id <> successor_id)
);
CREATE INDEX dependencies_successor_idx ON dependencies (successor_id);

CREATE TABLE assignments (
    id          uuid PRIMARY KEY,
    workspace_id uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    task_id     uuid           NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    person_id   uuid           NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    units       numeric(5, 2)  NOT NULL CHECK (units > 0 AND units <= 10),
    created_at  timestamptz    NOT NULL DEFAULT now(),
    version     bigint         NOT NULL DEFAULT 0,
    CONSTRAINT assignments_pair_uq UNIQUE (task_id, person_id)
);
CREATE INDEX assignments_person_idx ON assignments (person_id);

CREATE TABLE milestones (
    id            uuid PRIMARY KEY,
    workspace_id  uuid          NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id    uuid          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name          varchar(200)  NOT NULL,
    due_date      date          NOT NULL,
    owner_id      uuid          REFERENCES people (id) ON DELETE SET NULL,
    committed     boolean       NOT NULL DEFAULT false,
    created_by    uuid,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    version       bigint        NOT NULL DEFAULT 0
);
CREATE INDEX milestones_project_idx ON milestones (project_id, due_date);

CREATE TABLE milestone_gates (
    milestone_id  uuid NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    task_id       uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    PRIMARY KEY (milestone_id, task_id)
);
CREATE INDEX milestone_gates_task_idx ON milestone_gates (task_id);

CREATE TABLE comments (
    id            uuid PRIMARY KEY,
    workspace_id  uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    task_id       uuid         NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    author_id     uuid         REFERENCES users (id) ON DELETE SET NULL,
    body          text         NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX comments_task_idx ON comments (task_id, created_at);
