-- PostgreSQL's V4 (the hub): db/vendor/derby/V4__printing.sql with BYTEA for Derby's BLOB. Keep the two alike.
-- Print jobs, with their bytes: a reprint sends exactly what was sent (or meant to be sent) the first time, also
-- after a restart. A ticket is 10 to 40 KB of raster data.
CREATE TABLE print_job (
    id          CHAR(36)       NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)    NOT NULL,
    reference   VARCHAR(100)   NOT NULL,
    job_state   VARCHAR(20)    NOT NULL,
    attempts    INT            DEFAULT 0 NOT NULL,
    last_error  VARCHAR(500),
    created_at  TIMESTAMP      NOT NULL,
    printed_at  TIMESTAMP,
    escpos      BYTEA          NOT NULL
);

CREATE INDEX print_job_state ON print_job (job_state, created_at);
