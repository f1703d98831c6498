-- The posted procedure catalogue. One row per procedure; the whole record is kept as the catalogue
-- format's JSON (body) so that a catalogue version is swapped in one transaction and nothing is lost
-- between import and display. name/field/level_code are columns for listing and reports.
CREATE TABLE catalog_version (
    version          BIGINT        NOT NULL PRIMARY KEY,
    title            VARCHAR(500),
    source           VARCHAR(1000),
    procedure_count  INT           NOT NULL,
    published_at     TIMESTAMP     NOT NULL
);

CREATE TABLE catalog_procedure (
    code        VARCHAR(60)    NOT NULL PRIMARY KEY,
    name        VARCHAR(2000)  NOT NULL,
    field       VARCHAR(300)   NOT NULL,
    level_code  VARCHAR(40)    NOT NULL,
    body        CLOB           NOT NULL
);

CREATE INDEX catalog_procedure_field ON catalog_procedure (field);
