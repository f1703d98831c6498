-- Reports over a year of events and ratings. The queue's report reads every event of the period in time order: an
-- index that holds all the columns it reads lets the database answer from the index alone, in order, without
-- touching the table or sorting. It replaces the index on happened_at alone, which it starts with.
CREATE INDEX ticket_event_report ON ticket_event (happened_at, ticket_id, event_type, service_id, counter_num, officer);
DROP INDEX ticket_event_time;

-- The satisfaction report counts ratings by level over a period: the same, for the counted ratings.
CREATE INDEX rating_report ON rating (recorded_at, counted, scale_size, level, dissatisfied);
