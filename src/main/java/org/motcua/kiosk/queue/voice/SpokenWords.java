package org.motcua.kiosk.queue.voice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SequencedSet;
import java.util.regex.Pattern;

/**
 * Which clips say a call. A ticket number is read letter by letter and digit by digit (A012: "A, không,
 * một, hai"), as callers do; a counter up to 20 is read as a number ("mười lăm"), a larger one digit by digit.
 * How each letter is named is chosen in make-clips.sh; a caption shows the letter itself.
 */
final class SpokenWords {

    static final Word TO_COUNTER = new Word("phrase-to-counter", "đến quầy số");
    static final int LARGEST_COUNTER_READ_AS_NUMBER = 20;

    private static final Pattern TICKET = Pattern.compile("(\\p{L}{1,2})([0-9]{3,4})");
    private static final List<String> DIGITS =
            List.of("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín");
    private static final List<String> TEN_TO_TWENTY = List.of("mười", "mười một", "mười hai", "mười ba",
            "mười bốn", "mười lăm", "mười sáu", "mười bảy", "mười tám", "mười chín", "hai mươi");

    private SpokenWords() {
    }

    static List<Word> call(Opening opening, String ticketNumber, int counter) {
        var words = new ArrayList<Word>();
        words.add(opening.word());
        words.addAll(ticket(ticketNumber));
        words.add(TO_COUNTER);
        words.addAll(counter(counter));
        return words;
    }

    static List<Word> ticket(String ticketNumber) {
        if (ticketNumber == null) {
            throw new IllegalArgumentException("no ticket number to announce");
        }
        var matcher = TICKET.matcher(ticketNumber.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("cannot announce ticket number \"" + ticketNumber
                    + "\": expected 1-2 letters and 3-4 digits, like A012");
        }
        var words = new ArrayList<Word>();
        for (char letter : matcher.group(1).toCharArray()) {
            if (letter < 'A' || letter > 'Z') {
                throw new IllegalArgumentException("cannot announce ticket number \"" + ticketNumber
                        + "\": there is no recorded name for the letter '" + letter + "' (only A-Z)");
            }
            words.add(letter(letter));
        }
        matcher.group(2).chars().forEach(digit -> words.add(digit(digit - '0')));
        return words;
    }

    static List<Word> counter(int counter) {
        if (counter < 1) {
            throw new IllegalArgumentException("cannot announce counter " + counter + ": counters start at 1");
        }
        if (counter < 10) {
            return List.of(digit(counter));
        }
        if (counter <= LARGEST_COUNTER_READ_AS_NUMBER) {
            return List.of(new Word("number-" + counter, TEN_TO_TWENTY.get(counter - 10)));
        }
        return Integer.toString(counter).chars().mapToObj(digit -> digit(digit - '0')).toList();
    }

    /** Every clip a call may need; the clips folder must hold each of them. */
    static SequencedSet<String> allClips() {
        var clips = new LinkedHashSet<String>();
        for (Opening opening : Opening.values()) {
            clips.add(opening.word().clip());
        }
        clips.add(TO_COUNTER.clip());
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            clips.add(letter(letter).clip());
        }
        for (int counter = 1; counter <= LARGEST_COUNTER_READ_AS_NUMBER; counter++) {
            counter(counter).forEach(word -> clips.add(word.clip()));
        }
        clips.add(digit(0).clip());
        return clips;
    }

    private static Word letter(char letter) {
        return new Word("letter-" + Character.toLowerCase(letter), String.valueOf(letter));
    }

    private static Word digit(int digit) {
        return new Word("digit-" + digit, DIGITS.get(digit));
    }
}
