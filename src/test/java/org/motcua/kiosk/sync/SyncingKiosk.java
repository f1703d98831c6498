package org.motcua.kiosk.sync;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.motcua.kiosk.Application;
import org.motcua.kiosk.catalog.CatalogService;
import org.motcua.kiosk.catalog.CatalogVersion;
import org.motcua.kiosk.queue.QueueService;
import org.motcua.kiosk.survey.Channel;
import org.motcua.kiosk.survey.RatingInput;
import org.motcua.kiosk.survey.SurveyService;

/**
 * A whole kiosk in a JVM of its own, for the sync fault tests: started with the arguments given (data directory, hub
 * address, kiosk id, token...), it answers commands on standard input, so a test can make it record tickets and
 * ratings the way a day at the office does, stop it cleanly, or kill it with SIGKILL wherever it is.
 * <ul>
 * <li>{@code serve N}: N citizens at counter 1, each issued, called, served, finished and rating at the button box
 * (four queue events and one rating each); prints {@code SERVED N} when they are all committed;</li>
 * <li>{@code drained S}: waits up to S seconds until the outbox is empty (the hub acknowledged everything), then
 * prints {@code DRAINED} with what the hub acknowledged in all and the last error; {@code NOT-DRAINED} otherwise;</li>
 * <li>{@code catalog}: prints {@code CATALOG <procedures> <title>} of the catalogue the kiosk shows now;</li>
 * <li>{@code quit}: closes the application (Derby shut down cleanly) and exits.</li>
 * </ul>
 */
public final class SyncingKiosk {

    private SyncingKiosk() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = SpringApplication.run(Application.class, args);
        QueueService queue = context.getBean(QueueService.class);
        SurveyService survey = context.getBean(SurveyService.class);
        SyncService sync = context.getBean(SyncService.class);
        CatalogService catalog = context.getBean(CatalogService.class);
        System.out.println("READY");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] words = line.trim().split("\\s+");
            switch (words[0]) {
                case "serve" -> {
                    int n = Integer.parseInt(words[1]);
                    for (int i = 0; i < n; i++) {
                        queue.issueTicket("ho-tich", null);
                        queue.callNext(1, "canbo");
                        queue.startServing(1, "canbo");
                        queue.finish(1, "canbo");
                        survey.rateAtCounter(1, RatingInput.level(i % 7 == 0 ? 3 : 1), Channel.BUTTON_BOX);
                    }
                    System.out.println("SERVED " + n);
                }
                case "drained" -> {
                    long end = System.nanoTime() + Long.parseLong(words[1]) * 1_000_000_000L;
                    SyncStatus status = sync.status();
                    while (status.backlog() > 0 && System.nanoTime() < end) {
                        Thread.sleep(100);
                        status = sync.status();
                    }
                    System.out.println(status.backlog() == 0 ? "DRAINED" : "NOT-DRAINED");
                    System.out.println("STATUS acknowledged=" + status.acknowledged() + " backlog=" + status.backlog()
                            + " lastError=" + status.lastError());
                }
                case "catalog" -> System.out.println("CATALOG " + catalog.size() + " "
                        + catalog.currentVersion().map(CatalogVersion::title).orElse("-"));
                case "quit" -> {
                    context.close();
                    System.out.println("BYE");
                    System.out.flush();
                    System.exit(0);
                }
                default -> System.out.println("UNKNOWN " + line);
            }
            System.out.flush();
        }
        context.close();
    }
}
