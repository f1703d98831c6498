package org.motcua.kiosk.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.motcua.kiosk.catalog.SearchText.Word;

/**
 * The everyday words citizens type and the legal wording they mean, kept by the team in
 * {@code catalog/synonyms-vi.txt}. Two kinds of line (the file's header documents them):
 * <pre>
 * lấy vợ, lấy chồng, cưới => đăng ký kết hôn        a rule: any phrase on the left also searches the right
 * giấy phép kinh doanh => hộ kinh doanh | tổ hợp tác  several meanings, each searched
 * - tôi muốn, làm thế nào, ở đâu                     words of a question, dropped from the query
 * </pre>
 * Matching ignores case and marks, so "lay vo" and "lấy vợ" are the same phrase.
 */
final class Synonyms {

    static final String RESOURCE = "catalog/synonyms-vi.txt";
    static final Synonyms NONE = new Synonyms(List.of(), List.of());
    private static final int MAX_VARIANTS = 8;
    /** A further meaning of a phrase ("a | b"), and a shorter phrase inside a longer one that matched, count a little less. */
    private static final float OTHER_MEANING = 0.95f;
    private static final float SHORTER_PHRASE = 0.85f;

    /** One wording of the query to search, and how much its matches count against the query as typed. */
    record Variant(List<Word> words, float weight) {
    }

    private record Rule(String[] from, List<String[]> to) {
    }

    private record Match(Rule rule, int start) {
        int end() {
            return start + rule.from.length;
        }
    }

    private final List<Rule> rules;
    private final List<String[]> ignored;

    private Synonyms(List<Rule> rules, List<String[]> ignored) {
        this.rules = rules;
        this.ignored = ignored;
    }

    private static final class Standard {
        static final Synonyms INSTANCE = load();

        private static Synonyms load() {
            try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                return in == null ? NONE : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The team's list from the class path, read once; no file means no synonyms. */
    static Synonyms standard() {
        return Standard.INSTANCE;
    }

    /** @throws IllegalArgumentException naming the first malformed line */
    static Synonyms read(InputStream in) throws IOException {
        List<Rule> rules = new ArrayList<>();
        List<String[]> ignored = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("-")) {
                for (String phrase : text.substring(1).split(",")) {
                    ignored.add(phrase(phrase, number));
                }
                continue;
            }
            int arrow = text.indexOf("=>");
            if (arrow < 0) {
                throw new IllegalArgumentException(RESOURCE + " line " + number + ": expected \"a, b => c\" or \"- a, b\"");
            }
            List<String[]> to = new ArrayList<>();
            for (String phrase : text.substring(arrow + 2).split("\\|")) {
                to.add(phrase(phrase, number));
            }
            for (String phrase : text.substring(0, arrow).split(",")) {
                rules.add(new Rule(phrase(phrase, number), List.copyOf(to)));
            }
        }
        // the longest phrase first, so that "tách hộ khẩu" wins over "hộ khẩu"
        rules.sort((a, b) -> b.from.length - a.from.length);
        ignored.sort((a, b) -> b.length - a.length);
        return new Synonyms(List.copyOf(rules), List.copyOf(ignored));
    }

    private static String[] phrase(String text, int line) {
        List<String> keys = new ArrayList<>();
        SearchText.words(text, new ArrayList<>(), keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(RESOURCE + " line " + line + ": an empty phrase");
        }
        return keys.toArray(String[]::new);
    }

    int size() {
        return rules.size();
    }

    /** The query without the words of a question ("tôi muốn", "ở đâu"); unchanged if nothing else would be left. */
    List<Word> withoutQuestionWords(List<Word> words) {
        if (ignored.isEmpty()) {
            return words;
        }
        boolean[] drop = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            for (String[] phrase : ignored) {
                if (matches(words, i, phrase, drop)) {
                    Arrays.fill(drop, i, i + phrase.length, true);
                    break;
                }
            }
        }
        List<Word> kept = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            if (!drop[i]) {
                kept.add(words.get(i));
            }
        }
        return kept.isEmpty() ? words : kept;
    }

    /**
     * The query as typed first, then the query with the phrases of matching rules replaced by what they mean
     * (longest phrases first, not overlapping), then each further meaning and each overlapping rule alone.
     */
    List<Variant> variants(List<Word> words) {
        if (rules.isEmpty() || words.isEmpty()) {
            return List.of(new Variant(words, 1f));
        }
        List<Match> chosen = new ArrayList<>();
        List<Match> overlapping = new ArrayList<>();
        boolean[] used = new boolean[words.size()];
        for (Rule rule : rules) {
            for (int i = 0; i + rule.from.length <= words.size(); i++) {
                if (matches(words, i, rule.from, null)) {
                    Match m = new Match(rule, i);
                    if (free(used, m)) {
                        Arrays.fill(used, m.start, m.end(), true);
                        chosen.add(m);
                    } else {
                        overlapping.add(m);
                    }
                }
            }
        }
        if (chosen.isEmpty()) {
            return List.of(new Variant(words, 1f));
        }
        chosen.sort((a, b) -> a.start - b.start);
        List<Variant> out = new ArrayList<>();
        out.add(new Variant(words, 1f));
        out.add(new Variant(rewrite(words, chosen, null, 0), 1f));
        for (Match m : chosen) {
            for (int alt = 1; alt < m.rule.to.size() && out.size() < MAX_VARIANTS; alt++) {
                out.add(new Variant(rewrite(words, chosen, m, alt), OTHER_MEANING));
            }
        }
        for (Match m : overlapping) {
            if (out.size() < MAX_VARIANTS) {
                out.add(new Variant(rewrite(words, List.of(m), null, 0), SHORTER_PHRASE));
            }
        }
        return out;
    }

    private static boolean free(boolean[] used, Match m) {
        for (int i = m.start; i < m.end(); i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<Word> rewrite(List<Word> words, List<Match> matches, Match special, int alt) {
        List<Word> out = new ArrayList<>(words.size() + 4);
        int i = 0;
        for (Match m : matches) {
            for (; i < m.start; i++) {
                out.add(words.get(i));
            }
            String[] to = m.rule.to.get(m == special ? alt : 0);
            // "đăng ký" + "cưới" -> "đăng ký kết hôn", not "đăng ký đăng ký kết hôn"
            for (int k = overlap(out, to); k < to.length; k++) {
                out.add(new Word(to[k], null, false));
            }
            i = m.end();
        }
        for (; i < words.size(); i++) {
            out.add(words.get(i));
        }
        return out;
    }

    /** How many words at the end of {@code out} repeat the start of {@code to}. */
    private static int overlap(List<Word> out, String[] to) {
        for (int k = Math.min(out.size(), to.length - 1); k > 0; k--) {
            boolean same = true;
            for (int j = 0; j < k && same; j++) {
                same = out.get(out.size() - k + j).key().equals(to[j]);
            }
            if (same) {
                return k;
            }
        }
        return 0;
    }

    private static boolean matches(List<Word> words, int at, String[] phrase, boolean[] drop) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if ((drop != null && drop[at + k]) || !words.get(at + k).key().equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
