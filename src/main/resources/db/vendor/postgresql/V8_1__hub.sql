-- The hub's own tables and columns (PostgreSQL only; a kiosk's Derby never runs this). Versioned between the common
-- migrations (after V8, before V9), so a later common migration still runs in order on both databases.

-- The offices whose kiosks send here, and the kiosks. A kiosk's token is shown once when issued and kept only as the
-- SHA-256 of it (hex); revoking keeps the hash, so the old token is told apart from an unknown one in the logs.
CREATE TABLE hub_office (
    code        VARCHAR(40)    NOT NULL PRIMARY KEY,
    name        VARCHAR(300)   NOT NULL,
    created_at  TIMESTAMP      NOT NULL
);

CREATE TABLE hub_kiosk (
    id                 VARCHAR(60)    NOT NULL PRIMARY KEY,
    office_code        VARCHAR(40)    NOT NULL REFERENCES hub_office (code),
    name               VARCHAR(200)   NOT NULL,
    created_at         TIMESTAMP      NOT NULL,
    token_hash         CHAR(64),
    token_issued_at    TIMESTAMP,
    token_revoked_at   TIMESTAMP,
    last_seen_at       TIMESTAMP,
    last_batch_at      TIMESTAMP,
    records_received   BIGINT         DEFAULT 0 NOT NULL,
    records_stored     BIGINT         DEFAULT 0 NOT NULL,
    catalog_etag       VARCHAR(40),
    catalog_served_at  TIMESTAMP,
    CONSTRAINT hub_kiosk_token UNIQUE (token_hash)
);

-- Ratings and queue events as the kiosks recorded them, with where they came from. A queue event also carries its
-- ticket's day, number, priority group and procedure: the hub has no ticket table (that is a kiosk's live queue).
ALTER TABLE rating ADD COLUMN kiosk_id VARCHAR(60);
ALTER TABLE rating ADD COLUMN office_code VARCHAR(40);
ALTER TABLE ticket_event ADD COLUMN kiosk_id VARCHAR(60);
ALTER TABLE ticket_event ADD COLUMN office_code VARCHAR(40);
ALTER TABLE ticket_event ADD COLUMN ticket_day DATE;
ALTER TABLE ticket_event ADD COLUMN ticket_display VARCHAR(8);
ALTER TABLE ticket_event ADD COLUMN priority VARCHAR(30);
ALTER TABLE ticket_event ADD COLUMN procedure_code VARCHAR(60);
ALTER TABLE ticket_summary ADD COLUMN kiosk_id VARCHAR(60);
ALTER TABLE ticket_summary ADD COLUMN office_code VARCHAR(40);

-- "One counted rating per ticket and per dossier" is a kiosk's rule, applied where the rating is made (V5's unique
-- constraints). On the hub they would make a valid batch fail: a dossier may be rated at two kiosks of an office, and
-- a kiosk whose data directory was wiped counts a dossier again. The hub records what the kiosks recorded and must
-- never refuse it (a refused batch would block that kiosk's outbox for good), so it keeps no such constraint; its
-- only uniqueness is the record's own UUID.
ALTER TABLE rating DROP CONSTRAINT rating_one_per_ticket;
ALTER TABLE rating DROP CONSTRAINT rating_one_per_dossier;

-- The reports of one office read these, as V6 and V7's indexes serve the reports of all.
CREATE INDEX rating_office_report ON rating (office_code, recorded_at, counted, scale_size, level, dissatisfied);
CREATE INDEX ticket_summary_office ON ticket_summary (office_code, issued_at);
