-- Times set by an administrator from the back office (a Pi has no battery clock): who, when, from what time.
CREATE TABLE clock_change (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    set_to       TIMESTAMP    NOT NULL,
    clock_before TIMESTAMP    NOT NULL,
    changed_by   VARCHAR(100) NOT NULL
);
CREATE INDEX clock_change_set_to ON clock_change (set_to);
