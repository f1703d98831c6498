package org.motcua.kiosk.queue;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import org.motcua.kiosk.base.OfficeProperties;
import org.motcua.kiosk.printing.TicketPrintout;
import org.motcua.kiosk.printing.TicketPrinter;

/**
 * Every ticket issued is printed: office, number, service, counters, people ahead, estimated wait, time, and a QR
 * code of the ticket's own page. Printing runs on the printer's thread; whatever happens to the paper, the ticket
 * stays issued (the job is kept and can be printed again).
 */
@Component
class TicketPrinting {

    private static final Logger log = LoggerFactory.getLogger(TicketPrinting.class);
    private static final java.util.Locale PAPER_LANGUAGE = java.util.Locale.forLanguageTag("vi-VN");

    private final TicketPrinter printer;
    private final QueueRepository repository;
    private final OfficeProperties office;
    private final I18NProvider words;
    private final java.awt.image.BufferedImage logo;

    TicketPrinting(TicketPrinter printer, QueueRepository repository, OfficeProperties office, I18NProvider words) {
        this.printer = printer;
        this.repository = repository;
        this.office = office;
        this.words = words;
        this.logo = loadLogo(office.logo());
    }

    /** The office's logo for the tickets; a missing or unreadable file prints tickets without it, and says so. */
    private static java.awt.image.BufferedImage loadLogo(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        try {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(java.nio.file.Path.of(path).toFile());
            if (image == null) {
                log.warn("motcua.office.logo {} is not an image the JDK reads (use PNG); tickets print without it", path);
            }
            return image;
        } catch (java.io.IOException e) {
            log.warn("motcua.office.logo {} cannot be read ({}); tickets print without it", path, e.getMessage());
            return null;
        }
    }

    @EventListener
    void on(QueueEvent.TicketIssued issued) {
        try {
            ServiceType service = repository.service(issued.serviceId()).orElseThrow();
            List<Integer> counters = repository.counters().stream()
                    .filter(c -> c.active() && c.serves(service.id())).map(Counter::number).toList();
            String priority = issued.priority() == null ? null
                    : words.getTranslation("priority." + issued.priority().name(), PAPER_LANGUAGE);
            printer.print(new TicketPrintout(office.name(), issued.display(), service.name(), counters,
                    issued.peopleAhead(), issued.estimatedWaitMinutes(), issued.at(), issued.ticketId(),
                    office.ticketLink(issued.ticketId()), priority, logo));
        } catch (RuntimeException e) {
            // The ticket is issued and shown on screen; a printing fault must not undo that.
            log.error("Ticket {} could not be handed to the printer", issued.display(), e);
        }
    }
}
