package org.motcua.kiosk.survey;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the citizen answered: a level (1 = best), optionally the TT 01 questions (points 2/1/0), and on a
 * dissatisfied level the reasons and a comment typed on the kiosk keyboard.
 */
public record RatingInput(int level, Map<Criterion, Integer> answers, Set<Reason> reasons, String comment) {

    public static final int MAX_COMMENT = 500;

    public RatingInput {
        answers = answers == null || answers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(answers));
        answers.forEach((c, points) -> {
            if (points == null || points < 0 || points > 2) {
                throw new IllegalArgumentException("điểm của " + c + " phải là 0, 1 hoặc 2 / " + c + " scores 0, 1 or 2");
            }
        });
        reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("góp ý quá dài (tối đa " + MAX_COMMENT + " ký tự) / comment too long (at most "
                    + MAX_COMMENT + " characters)");
        }
    }

    /** Only a level, as a button press gives. */
    public static RatingInput level(int level) {
        return new RatingInput(level, Map.of(), Set.of(), null);
    }

    public List<Reason> reasonsInOrder() {
        return reasons.stream().sorted().toList();
    }
}
