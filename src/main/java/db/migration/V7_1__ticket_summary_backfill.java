package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.motcua.kiosk.queue.TicketSummaryBackfill;

/**
 * Summarises the tickets a kiosk already has (V7 made ticket_summary empty): in Java, because pairing each ticket's
 * service spells needs its events in order, which portable SQL without window functions cannot do.
 */
public class V7_1__ticket_summary_backfill extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        TicketSummaryBackfill.run(context.getConnection());
    }
}
