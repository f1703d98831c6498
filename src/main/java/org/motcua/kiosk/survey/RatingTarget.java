package org.motcua.kiosk.survey;

import java.util.UUID;

/** What a scanned or typed code at the kiosk points to. */
public sealed interface RatingTarget {

    /** A queue ticket (its QR code opens /ve/{id}). */
    record OfTicket(UUID ticketId, String display) implements RatingTarget {
    }

    /** A dossier, by the code on its receipt. */
    record OfDossier(DossierCode code) implements RatingTarget {
    }
}
