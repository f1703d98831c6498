-- The kiosk's outbox to the hub (docs/sync-protocol.md): one row per rating and per queue event still to be sent,
-- written in the same transaction as the record itself (base.Outbox), in the order they were recorded. The sync
-- worker sends the oldest rows first and deletes a row only once the hub has acknowledged the batch that carried it.
-- Portable SQL: it also runs on PostgreSQL.
CREATE TABLE sync_outbox (
    seq          BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_type  VARCHAR(20)   NOT NULL,
    record_id    CHAR(36)      NOT NULL,
    created_at   TIMESTAMP     NOT NULL
);

-- One row (id 1): how the sync stands, for the back office and for the fault tests.
--   acknowledged        records the hub has acknowledged since the kiosk was installed
--   last_attempt_at     the last time a batch was sent (or tried)
--   last_success_at     the last acknowledged batch, or the last time the hub answered that nothing was waiting
--   last_error_at, last_error   the last failed batch: when, and why (short)
--   catalog_etag        the ETag of the hub's catalogue applied last (sent as If-None-Match)
--   catalog_applied_at  when it was applied
--   catalog_checked_at  the last time the hub was asked (200, 304 or 404)
--   catalog_error_at, catalog_error   the last failed catalogue check or refused download
CREATE TABLE sync_state (
    id                  INT            NOT NULL PRIMARY KEY,
    acknowledged        BIGINT         DEFAULT 0 NOT NULL,
    last_attempt_at     TIMESTAMP,
    last_success_at     TIMESTAMP,
    last_error_at       TIMESTAMP,
    last_error          VARCHAR(500),
    catalog_etag        VARCHAR(200),
    catalog_applied_at  TIMESTAMP,
    catalog_checked_at  TIMESTAMP,
    catalog_error_at    TIMESTAMP,
    catalog_error       VARCHAR(500)
);

INSERT INTO sync_state (id, acknowledged) VALUES (1, 0);

-- Everything recorded before this upgrade is sent too, oldest first.
INSERT INTO sync_outbox (record_type, record_id, created_at)
SELECT record_type, record_id, created_at FROM (
    SELECT CAST('ticketEvent' AS VARCHAR(20)) AS record_type, id AS record_id, happened_at AS created_at
    FROM ticket_event
    UNION ALL
    SELECT CAST('rating' AS VARCHAR(20)) AS record_type, id AS record_id, recorded_at AS created_at
    FROM rating
) existing
ORDER BY created_at, record_type, record_id;
