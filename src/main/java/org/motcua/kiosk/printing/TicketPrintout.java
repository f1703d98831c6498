package org.motcua.kiosk.printing;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;


/**
 * What goes on a queue ticket, as printed.
 *
 * @param officeName the office, e.g. "UBND phường Bến Thành"
 * @param number the ticket as called, e.g. "A012"
 * @param serviceName the service it was taken for
 * @param counters the counters that serve it; empty when none is open yet
 * @param peopleAhead tickets waiting before this one
 * @param estimatedWaitMinutes the expected wait
 * @param issuedAt when it was issued; printed in Vietnam's time
 * @param ticketId the ticket's id; its first 8 characters are printed for the officer
 * @param qrLink the ticket's status and rating page (configured base URL + ticket id), carried by the QR code
 * @param priorityLabel the priority group in words when the ticket has priority, else null
 * @param logo the office's logo, or null
 */
public record TicketPrintout(String officeName, String number, String serviceName, List<Integer> counters,
                             int peopleAhead, int estimatedWaitMinutes, Instant issuedAt, UUID ticketId, String qrLink,
                             String priorityLabel, BufferedImage logo) {

    private static final Pattern NUMBER = Pattern.compile("[A-Z]{1,2}\\d{3,4}");

    public TicketPrintout {
        officeName = required(officeName, "office name");
        serviceName = required(serviceName, "service name");
        number = required(number, "ticket number");
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("A ticket number is 1–2 capital letters and 3–4 digits: " + number);
        }
        counters = List.copyOf(Objects.requireNonNull(counters, "counters"));
        if (counters.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("Counters are numbered from 1: " + counters);
        }
        if (peopleAhead < 0 || estimatedWaitMinutes < 0) {
            throw new IllegalArgumentException("People ahead and the wait cannot be negative: "
                    + peopleAhead + ", " + estimatedWaitMinutes);
        }
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(ticketId, "ticketId");
        qrLink = required(qrLink, "QR link");
        if (!qrLink.startsWith("https://") && !qrLink.startsWith("http://")) {
            throw new IllegalArgumentException("The QR link must be http(s): " + qrLink);
        }
        priorityLabel = priorityLabel == null || priorityLabel.isBlank() ? null : priorityLabel.strip();
    }


    /** The first 8 characters of the id: enough for an officer to find the ticket, short enough to read out. */
    public String shortId() {
        return ticketId.toString().substring(0, 8);
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The ticket's " + what + " is empty");
        }
        return value.strip();
    }
}
