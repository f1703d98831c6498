package org.motcua.kiosk.queue;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.motcua.kiosk.Application;

/**
 * Run in a separate JVM by {@link CrashRecoveryTest}: starts the kiosk on a data directory and issues and calls
 * tickets as fast as it can, printing each ticket only after its transaction committed, until it is killed.
 */
public final class IssueUntilKilled {

    private IssueUntilKilled() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(Application.class,
                "--motcua.data-dir=" + args[0], "--server.port=0", "--logging.level.root=warn");
        QueueService queue = context.getBean(QueueService.class);
        System.out.println("READY");
        try {
            for (int i = 1; ; i++) {
                var issued = queue.issueTicket(i % 3 == 0 ? "dat-dai" : "ho-tich", i % 5 == 0 ? PriorityGroup.ELDERLY : null);
                System.out.println("ISSUED " + issued.ticket().display() + " " + issued.ticket().id());
                if (i % 4 == 0) {
                    // Counter 1 serves "ho-tich", which always has someone waiting here.
                    Ticket called = queue.callNext(1, "canbo");
                    System.out.println("CALLED " + called.display() + " " + called.id());
                    queue.finish(1, "canbo");
                }
                System.out.flush();
            }
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e);
            System.out.flush();
            System.exit(3);
        }
    }
}
