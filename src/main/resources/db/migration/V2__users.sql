-- Back-office and counter accounts. No default account exists: the first administrator is created on first
-- start from the setup screen or from configuration (motcua.admin.initial-password).
CREATE TABLE app_user (
    username       VARCHAR(40)   NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(200)  NOT NULL,
    role           VARCHAR(20)   NOT NULL,
    enabled        BOOLEAN       DEFAULT TRUE NOT NULL,
    created_at     TIMESTAMP     NOT NULL
);
