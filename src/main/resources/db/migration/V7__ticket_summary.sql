-- One row per ticket with its queue figures, kept up to date in the same transaction as every event row the queue
-- writes (QueueRepository.event): the queue report reads ~1 narrow row per ticket instead of ~4 events. The events
-- stay the record; QueueStatistics over them is the definition these columns follow:
--   wait_ms          from ISSUED to the first CALLED (null until called);
--   service_ms       summed over the ticket's service spells, each from SERVING (or the last CALLED) to FINISHED or
--                    RETURNED; service_spells how many (an average service time is over spells, as QueueStatistics);
--   service_started_at  the start of the spell under way, null when none (cleared by FINISHED, RETURNED, NO_SHOW,
--                    TRANSFERRED, which ends a spell without counting it);
--   last_counter, last_officer  the last ones an event named: where the ticket was served last;
--   ticket_day       the day of issued_at in Vietnam, service_id the service it was issued for.
-- Existing events are summarised by the Java migration V7_1 (the spells cannot be paired in portable SQL).
CREATE TABLE ticket_summary (
    ticket_id           CHAR(36)      NOT NULL PRIMARY KEY,
    ticket_day          DATE          NOT NULL,
    service_id          VARCHAR(40)   NOT NULL,
    issued_at           TIMESTAMP     NOT NULL,
    first_called_at     TIMESTAMP,
    service_started_at  TIMESTAMP,
    finished_at         TIMESTAMP,
    no_show             BOOLEAN       DEFAULT FALSE NOT NULL,
    last_counter        INT,
    last_officer        VARCHAR(40),
    wait_ms             BIGINT,
    service_ms          BIGINT        DEFAULT 0 NOT NULL,
    service_spells      INT           DEFAULT 0 NOT NULL
);

-- The report reads the tickets issued in a period: every column it reads is in this index, so the database answers
-- from the index alone, without touching the table.
CREATE INDEX ticket_summary_report ON ticket_summary (issued_at, ticket_day, service_id, last_counter, last_officer,
    wait_ms, service_ms, service_spells, no_show, finished_at);
