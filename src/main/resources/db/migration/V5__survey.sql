-- Satisfaction ratings. Every press or answer is stored, also those outside a rating window (flagged, not counted),
-- so nothing is silently dropped. A rating is bound to what it rates: the ticket (service, counter, officer) and,
-- where known, the dossier code. One counted rating per ticket and per dossier.
CREATE TABLE rating (
    id              CHAR(36)       NOT NULL PRIMARY KEY,
    recorded_at     TIMESTAMP      NOT NULL,
    channel         VARCHAR(20)    NOT NULL,
    scale_size      INT            NOT NULL,
    level           INT            NOT NULL,
    dissatisfied    BOOLEAN        NOT NULL,
    ticket_id       CHAR(36),
    ticket_display  VARCHAR(8),
    dossier_code    VARCHAR(40),
    service_id      VARCHAR(40),
    field           VARCHAR(300),
    counter_num     INT,
    officer         VARCHAR(40),
    c1_time         INT,
    c3_contacts     INT,
    c4_agencies     INT,
    c7_attitude     INT,
    reasons         VARCHAR(400),
    comment_text    VARCHAR(1000),
    counted         BOOLEAN        NOT NULL,
    flag            VARCHAR(20),
    counted_ticket  CHAR(36),
    counted_dossier VARCHAR(40),
    CONSTRAINT rating_one_per_ticket UNIQUE (counted_ticket),
    CONSTRAINT rating_one_per_dossier UNIQUE (counted_dossier)
);

CREATE INDEX rating_time ON rating (recorded_at, counted);
CREATE INDEX rating_counter ON rating (counter_num, recorded_at);
