-- The hub's reports that compare offices (the cut by office) read every office's records of a period with the office
-- each came from. As V6 and V7's indexes serve the reports of all offices, from the index alone, these serve the same
-- with office_code: the period first (all offices are read), the office with the columns read.
CREATE INDEX rating_report_offices ON rating (recorded_at, counted, office_code, scale_size, level, dissatisfied);
CREATE INDEX ticket_summary_report_offices ON ticket_summary (issued_at) INCLUDE (office_code, ticket_day, service_id,
    last_counter, last_officer, wait_ms, service_ms, service_spells, no_show, finished_at);
