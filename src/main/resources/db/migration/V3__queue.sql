-- The queue: services (ticket types with a letter), counters, the daily number sequences, tickets and the
-- events of every state change. Identifiers of what syncs upstream (tickets, events) are UUIDs made here.
CREATE TABLE queue_service (
    id            VARCHAR(40)    NOT NULL PRIMARY KEY,
    prefix        VARCHAR(2)     NOT NULL,
    name          VARCHAR(200)   NOT NULL,
    name_en       VARCHAR(200),
    fields        VARCHAR(2000),
    hours         VARCHAR(200)   NOT NULL,
    days          VARCHAR(40)    NOT NULL,
    daily_limit   INT,
    first_number  INT            NOT NULL,
    last_number   INT            NOT NULL,
    sort_order    INT            NOT NULL,
    active        BOOLEAN        DEFAULT TRUE NOT NULL,
    CONSTRAINT queue_service_prefix UNIQUE (prefix)
);

CREATE TABLE service_counter (
    num                    INT            NOT NULL PRIMARY KEY,
    name                   VARCHAR(200)   NOT NULL,
    active                 BOOLEAN        DEFAULT TRUE NOT NULL,
    normal_since_priority  INT            DEFAULT 0 NOT NULL
);

CREATE TABLE counter_serves (
    counter_num  INT          NOT NULL REFERENCES service_counter (num) ON DELETE CASCADE,
    service_id   VARCHAR(40)  NOT NULL REFERENCES queue_service (id) ON DELETE CASCADE,
    PRIMARY KEY (counter_num, service_id)
);

CREATE TABLE queue_settings (
    id                      INT           NOT NULL PRIMARY KEY,
    policy                  VARCHAR(20)   NOT NULL,
    interleave_every        INT           NOT NULL,
    max_wait_minutes        INT           NOT NULL,
    default_service_minutes INT           NOT NULL
);

CREATE TABLE ticket_sequence (
    service_id    VARCHAR(40)  NOT NULL,
    ticket_day    DATE         NOT NULL,
    last_value    INT          NOT NULL,
    issued        INT          NOT NULL,
    PRIMARY KEY (service_id, ticket_day)
);

CREATE TABLE ticket (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    seq             BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
    ticket_day      DATE          NOT NULL,
    service_id      VARCHAR(40)   NOT NULL,
    display         VARCHAR(8)    NOT NULL,
    priority        VARCHAR(30),
    procedure_code  VARCHAR(60),
    ticket_state    VARCHAR(12)   NOT NULL,
    issued_at       TIMESTAMP     NOT NULL,
    queued_at       TIMESTAMP     NOT NULL,
    counter_num     INT,
    officer         VARCHAR(40),
    target_counter  INT,
    return_counter  INT,
    called_at       TIMESTAMP,
    call_count      INT           DEFAULT 0 NOT NULL
);

CREATE INDEX ticket_waiting ON ticket (ticket_day, ticket_state, service_id, queued_at, seq);
CREATE INDEX ticket_counter ON ticket (ticket_day, counter_num, ticket_state);

CREATE TABLE ticket_event (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    ticket_id    CHAR(36)      NOT NULL,
    event_type   VARCHAR(20)   NOT NULL,
    happened_at  TIMESTAMP     NOT NULL,
    service_id   VARCHAR(40)   NOT NULL,
    counter_num  INT,
    officer      VARCHAR(40),
    detail       VARCHAR(200)
);

CREATE INDEX ticket_event_ticket ON ticket_event (ticket_id, happened_at);
CREATE INDEX ticket_event_time ON ticket_event (happened_at);
