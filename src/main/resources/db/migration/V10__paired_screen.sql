-- Screens an administrator paired (a counter's rating screen, another kiosk screen on the LAN). The screen's browser
-- keeps <id>.<secret> in a cookie; only the secret's SHA-256 (hex) is stored. Unpaired screens stay, revoked, so that
-- the back office can say what was paired when.
CREATE TABLE paired_screen (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    name          VARCHAR(60)  NOT NULL,
    purpose       VARCHAR(10)  NOT NULL,
    counter_num   INT,
    secret_sha256 VARCHAR(64)  NOT NULL,
    paired_at     TIMESTAMP    NOT NULL,
    paired_by     VARCHAR(100) NOT NULL,
    last_seen     TIMESTAMP,
    revoked       BOOLEAN      NOT NULL
);
CREATE INDEX paired_screen_counter ON paired_screen (purpose, counter_num, revoked);
