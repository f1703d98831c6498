package org.motcua.kiosk.survey;

import java.util.List;

/**
 * The levels a citizen chooses from, best first. Three by default (Rất hài lòng / Hài lòng / Không hài lòng), or four
 * or five; "Chưa hài lòng" wording (TT 32/2017) instead of "Không hài lòng" where the province prefers it. The
 * labels are i18n keys {@code rating.level.<key>}; {@link #dissatisfied(int)} says which levels count against the
 * office in Decision 766's satisfaction rate.
 */
public record RatingScale(int size, boolean chuaWording) {

    public RatingScale {
        if (size < 3 || size > 5) {
            throw new IllegalArgumentException("motcua.survey.levels must be 3, 4 or 5, was " + size);
        }
    }

    /** The i18n keys of the levels, best first. */
    public List<String> levelKeys() {
        String not = chuaWording ? "CHUA_HAI_LONG" : "KHONG_HAI_LONG";
        return switch (size) {
            case 3 -> List.of("RAT_HAI_LONG", "HAI_LONG", not);
            case 4 -> List.of("RAT_HAI_LONG", "HAI_LONG", "BINH_THUONG", not);
            default -> List.of("RAT_HAI_LONG", "HAI_LONG", "BINH_THUONG", not, "RAT_KHONG_HAI_LONG");
        };
    }

    /** 1 = best. */
    public boolean isLevel(int level) {
        return level >= 1 && level <= size;
    }

    /** Whether a level is a "không hài lòng" (or worse) in Decision 766's count. */
    public boolean dissatisfied(int level) {
        return switch (size) {
            case 3 -> level == 3;
            case 4 -> level == 4;
            default -> level >= 4;
        };
    }
}
