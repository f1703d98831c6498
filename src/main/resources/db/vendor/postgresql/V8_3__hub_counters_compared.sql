-- The hub's cuts by counter and by officer are an office's counter or officer (counter 1 and a user name recur in
-- every office): the satisfaction report groups the counted ratings of a period by office_code with counter_num or
-- officer. As V8_2's index serves the cut by office from the index alone, these serve those cuts: of all offices (the
-- period first) and of one (the office first). The queue's figures need none: ticket_summary_report_offices (V8_2)
-- already holds office_code, last_counter and last_officer.
CREATE INDEX rating_report_offices_who ON rating (recorded_at, counted, office_code)
    INCLUDE (counter_num, officer, scale_size, level, dissatisfied);
CREATE INDEX rating_office_report_who ON rating (office_code, recorded_at, counted)
    INCLUDE (counter_num, officer, scale_size, level, dissatisfied);
