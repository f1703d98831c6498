package org.motcua.kiosk.catalog;

import java.util.List;

/**
 * One way to submit a dossier (cách thức thực hiện) with its own processing time and fees.
 *
 * @param channel in person, online or by post
 * @param processingTime the processing time as published, in words
 * @param processingDays working days, 0 for the same day, null when not verified
 * @param fees the fees for this channel; empty when not known
 * @param note anything the citizen should know about this channel; may be null
 */
public record SubmissionMethod(Channel channel, String processingTime, Integer processingDays, List<Fee> fees, String note) {

    public enum Channel { IN_PERSON, ONLINE, POST }

    public SubmissionMethod {
        if (channel == null) {
            throw new IllegalArgumentException("cách thức thực hiện thiếu kênh nộp / a submission method has no channel");
        }
        if (processingDays != null && (processingDays < 0 || processingDays > 365)) {
            throw new IllegalArgumentException("thời hạn giải quyết không hợp lệ: " + processingDays
                    + " ngày / invalid processing time: " + processingDays + " days");
        }
        processingTime = Fee.blankToNull(processingTime);
        fees = fees == null ? List.of() : List.copyOf(fees);
        note = Fee.blankToNull(note);
    }
}
