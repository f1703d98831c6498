package org.motcua.kiosk.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

import org.motcua.kiosk.catalog.SearchText.Word;

/**
 * In-memory ranked search over one catalogue version. Immutable: a new catalogue builds a new index.
 *
 * <p>Every word is matched by its folded key, so "dang ky ket hon" finds "Thủ tục đăng ký kết hôn"; a word
 * typed with its marks scores a little more where the same marks are posted. A word that is not in the
 * catalogue is matched to words one or two edits away (only when the neighbouring word confirms it, for
 * the short syllables), and the last word, still being typed, to the words it begins. Each matched word
 * counts by its rarity (IDF) and by where it was found (name above keywords above field above the rest);
 * two query words found side by side count again, strongly, because Vietnamese words are several
 * syllables ("kết hôn"); the share of the query found multiplies it all; shorter names win ties.
 * The team's synonyms add the legal wording of everyday words, and a procedure code finds its procedure.
 */
final class SearchIndex {

    private static final float NAME = 1f;
    private static final float KEYWORD = 0.8f;
    private static final float NAME_EN = 0.5f;
    private static final float FIELD = 0.45f;
    private static final float OTHER = 0.12f;
    /** Weight of two query words found side by side, on top of each word's own. */
    private static final float PHRASE = 1.5f;
    /** Same marks as typed ("hôn", not "hơn"). */
    private static final float MARKS = 1.15f;
    private static final float FUNCTION_WORD = 0.3f;
    private static final float TYPO_1 = 0.7f;
    private static final float TYPO_2 = 0.5f;
    private static final int MAX_COMPLETIONS = 48;
    private static final double CODE_EXACT = 10_000;
    private static final double CODE_PREFIX = 1_000;
    private static final Pattern CODE_START = Pattern.compile("[1-9]\\.\\d{0,6}(\\.[0-9A-Za-z.]*)?");
    private static final Pattern CODE_DIGITS = Pattern.compile("[1-9]\\d{6}");

    private record Posting(int[] docs, float[] weights) {
    }

    private final Synonyms synonyms;
    private final int size;
    private final ProcedureCode[] codes;
    private final String[] names;
    private final String[] fields;
    /** Shorter, more specific names first on equal matches. */
    private final float[] prior;
    /** Deterministic order of equal scores: shorter name, then code. */
    private final int[] tieRank;
    private final String[] sortedCodes;
    private final int[] sortedCodeDocs;

    /** The vocabulary of keys, sorted; a term's id is its index. */
    private final String[] terms;
    private final Map<String, Integer> termIds;
    private final float[] idf;
    private final int[] letters;
    private final int[][] termsByLength;
    private final Posting[] postings;
    /** Words posted with marks, to the documents holding that exact spelling. */
    private final Map<String, int[]> marked;
    /** Two keys side by side in one text, as (first id << 32 | second id). */
    private final Map<Long, Posting> bigrams;
    private final float unknownWeight;

    private final ConcurrentLinkedQueue<Scratch> pool = new ConcurrentLinkedQueue<>();

    static SearchIndex build(Collection<Procedure> procedures) {
        return build(procedures, Synonyms.standard());
    }

    static SearchIndex build(Collection<Procedure> procedures, Synonyms synonyms) {
        return new SearchIndex(List.copyOf(procedures), synonyms);
    }

    private SearchIndex(List<Procedure> procedures, Synonyms synonyms) {
        this.synonyms = synonyms;
        this.size = procedures.size();
        codes = new ProcedureCode[size];
        names = new String[size];
        fields = new String[size];
        prior = new float[size];
        List<List<Text>> texts = new ArrayList<>(size);
        TreeSet<String> vocabulary = new TreeSet<>();
        for (int d = 0; d < size; d++) {
            Procedure p = procedures.get(d);
            codes[d] = p.code();
            names[d] = p.name();
            fields[d] = p.field();
            List<Text> t = texts(p);
            t.forEach(x -> vocabulary.addAll(x.keys));
            texts.add(t);
            prior[d] = 1f / (1f + 0.025f * nameLength(t.getFirst().keys));
        }
        terms = vocabulary.toArray(String[]::new);
        termIds = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            termIds.put(terms[i], i);
        }
        letters = new int[terms.length];
        int longest = 0;
        for (int i = 0; i < terms.length; i++) {
            letters[i] = SearchText.letters(terms[i]);
            longest = Math.max(longest, terms[i].length());
        }
        termsByLength = byLength(terms, longest);

        PostingBuilder[] post = new PostingBuilder[terms.length];
        Map<String, List<Integer>> markedDocs = new HashMap<>();
        Map<Long, PostingBuilder> pairs = new HashMap<>();
        for (int d = 0; d < size; d++) {
            Map<Integer, Float> seen = new HashMap<>();
            Map<Long, Float> seenPairs = new HashMap<>();
            for (Text t : texts.get(d)) {
                int previous = -1;
                for (int k = 0; k < t.keys.size(); k++) {
                    int id = termIds.get(t.keys.get(k));
                    seen.merge(id, t.weight, Math::max);
                    if (previous >= 0) {
                        seenPairs.merge(pair(previous, id), t.weight, Math::max);
                    }
                    previous = id;
                    String exact = t.exact.get(k);
                    if (SearchText.hasMarks(exact)) {
                        List<Integer> docs = markedDocs.computeIfAbsent(exact, x -> new ArrayList<>());
                        if (docs.isEmpty() || docs.getLast() != d) {
                            docs.add(d);
                        }
                    }
                }
            }
            for (var e : seen.entrySet()) {
                (post[e.getKey()] == null ? post[e.getKey()] = new PostingBuilder() : post[e.getKey()]).add(d, e.getValue());
            }
            for (var e : seenPairs.entrySet()) {
                pairs.computeIfAbsent(e.getKey(), x -> new PostingBuilder()).add(d, e.getValue());
            }
        }
        postings = new Posting[terms.length];
        idf = new float[terms.length];
        for (int i = 0; i < terms.length; i++) {
            postings[i] = post[i].build();
            int df = postings[i].docs.length;
            idf[i] = (float) Math.log(1 + (size - df + 0.5) / (df + 0.5));
        }
        unknownWeight = (float) Math.log(1 + size / 2.0);
        marked = new HashMap<>(markedDocs.size() * 2);
        markedDocs.forEach((k, v) -> marked.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        bigrams = new HashMap<>(pairs.size() * 2);
        pairs.forEach((k, v) -> bigrams.put(k, v.build()));

        Integer[] order = new Integer[size];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> names[i].length()).thenComparing(i -> codes[i]));
        tieRank = new int[size];
        for (int r = 0; r < size; r++) {
            tieRank[order[r]] = r;
        }
        Integer[] byCode = new Integer[size];
        Arrays.setAll(byCode, i -> i);
        Arrays.sort(byCode, Comparator.comparing(i -> codes[i]));
        sortedCodes = new String[size];
        sortedCodeDocs = new int[size];
        for (int r = 0; r < size; r++) {
            sortedCodes[r] = codes[byCode[r]].value();
            sortedCodeDocs[r] = byCode[r];
        }
    }

    private record Text(float weight, List<String> exact, List<String> keys) {
    }

    /** What is searched in one procedure, the name first. */
    private static List<Text> texts(Procedure p) {
        List<Text> out = new ArrayList<>();
        text(out, NAME, p.name());
        p.keywords().forEach(k -> text(out, KEYWORD, k));
        text(out, NAME_EN, p.nameEn());
        text(out, FIELD, p.field());
        text(out, FIELD, p.fieldEn());
        text(out, OTHER, p.result());
        text(out, OTHER, p.applicants());
        p.documents().forEach(doc -> text(out, OTHER, doc.name()));
        return out;
    }

    private static void text(List<Text> out, float weight, String text) {
        List<String> exact = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        SearchText.words(text, exact, keys);
        if (!keys.isEmpty() || out.isEmpty()) {
            out.add(new Text(weight, exact, keys));
        }
    }

    /** Words of a name, not counting the "Thủ tục" many names begin with. */
    private static int nameLength(List<String> keys) {
        int n = keys.size();
        return n >= 2 && keys.get(0).equals("thu") && keys.get(1).equals("tuc") ? n - 2 : n;
    }

    private static int[][] byLength(String[] terms, int longest) {
        int[] count = new int[longest + 1];
        for (String t : terms) {
            count[t.length()]++;
        }
        int[][] out = new int[longest + 1][];
        for (int l = 0; l <= longest; l++) {
            out[l] = new int[count[l]];
            count[l] = 0;
        }
        for (int i = 0; i < terms.length; i++) {
            int l = terms[i].length();
            out[l][count[l]++] = i;
        }
        return out;
    }

    private static long pair(int first, int second) {
        return ((long) first << 32) | (second & 0xffffffffL);
    }

    // ---------------------------------------------------------------- searching

    /** Best first, at most {@code limit}; a blank query finds nothing. */
    List<SearchHit> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0 || size == 0) {
            return List.of();
        }
        Scratch s = pool.poll();
        if (s == null) {
            s = new Scratch(size);
        }
        try {
            s.beginQuery();
            String text = lookUpCodes(query, s);
            List<Word> words = parse(text, !Character.isWhitespace(query.charAt(query.length() - 1)));
            if (!words.isEmpty()) {
                for (Synonyms.Variant variant : synonyms.variants(synonyms.withoutQuestionWords(words))) {
                    score(variant.words(), variant.weight(), s);
                }
            }
            return top(s, limit);
        } finally {
            pool.offer(s);
        }
    }

    /** Finds procedure codes in the query ("1.001193", "1001193", the start "1.0011"); returns the rest. */
    private String lookUpCodes(String query, Scratch s) {
        StringBuilder rest = new StringBuilder(query.length());
        for (String token : query.strip().split("\\s+")) {
            String t = token.replaceAll("[,;]+$", "");
            boolean code = false;
            if (CODE_START.matcher(t).matches() || t.regionMatches(true, 0, "DP.", 0, 3)) {
                String upper = t.toUpperCase(Locale.ROOT);
                // a province's long form 1.001193.000.00.00.H29 also finds the national 1.001193
                code = codeHit(upper, false, s)
                        || upper.length() > 8 && !upper.startsWith("DP.") && codeHit(upper.substring(0, 8), false, s)
                        || upper.length() >= 4 && codeHit(upper, true, s);
            } else if (CODE_DIGITS.matcher(t).matches()) {
                code = codeHit(t.charAt(0) + "." + t.substring(1), false, s);
            }
            if (!code) {
                rest.append(token).append(' ');
            }
        }
        return rest.toString();
    }

    private boolean codeHit(String code, boolean prefix, Scratch s) {
        int at = Arrays.binarySearch(sortedCodes, code);
        if (!prefix) {
            if (at >= 0) {
                s.offer(sortedCodeDocs[at], CODE_EXACT);
            }
            return at >= 0;
        }
        boolean any = false;
        for (int r = at >= 0 ? at : -at - 1; r < sortedCodes.length && sortedCodes[r].startsWith(code); r++) {
            s.offer(sortedCodeDocs[r], CODE_PREFIX);
            any = true;
        }
        return any;
    }

    private static List<Word> parse(String text, boolean lastPartial) {
        List<String> exact = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        SearchText.words(text, exact, keys);
        List<Word> words = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            String e = exact.get(i);
            words.add(new Word(keys.get(i), SearchText.hasMarks(e) ? e : null, lastPartial && i == keys.size() - 1));
        }
        return words;
    }

    /** The terms one query word may mean, each with how sure the match is (1 for the word itself). */
    private static final class Candidates {
        int count;
        int[] ids = new int[8];
        float[] sims = new float[8];
        float weight;

        void add(int id, float sim) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                sims = Arrays.copyOf(sims, count * 2);
            }
            ids[count] = id;
            sims[count++] = sim;
        }
    }

    private Candidates candidates(List<Word> words, int i, Scratch s) {
        Word w = words.get(i);
        String key = w.key();
        Candidates c = new Candidates();
        Integer id = termIds.get(key);
        if (id != null) {
            c.add(id, 1f);
        }
        if (w.partial()) {
            completions(key, id, c);
        }
        if (id == null && c.count == 0 && !SearchText.isNumber(key)) {
            typos(words, i, c, s);
        }
        float weight = 0;
        for (int k = 0; k < c.count; k++) {
            weight = Math.max(weight, idf[c.ids[k]] * c.sims[k]);
        }
        c.weight = c.count == 0 ? unknownWeight : weight;
        return c;
    }

    /** Words the last, unfinished word may begin; the most common first when there are many. */
    private void completions(String key, Integer self, Candidates c) {
        int at = Arrays.binarySearch(terms, key);
        int from = at >= 0 ? at + 1 : -at - 1;
        int to = from;
        while (to < terms.length && terms[to].startsWith(key)) {
            to++;
        }
        int n = to - from;
        if (n > MAX_COMPLETIONS) {
            Integer[] ids = new Integer[n];
            Arrays.setAll(ids, k -> from + k);
            Arrays.sort(ids, Comparator.comparingInt((Integer t) -> -postings[t].docs.length).thenComparingInt(t -> t));
            for (int k = 0; k < MAX_COMPLETIONS; k++) {
                c.add(ids[k], completionSim(key, ids[k]));
            }
        } else {
            for (int t = from; t < to; t++) {
                c.add(t, completionSim(key, t));
            }
        }
    }

    private float completionSim(String key, int term) {
        return 0.5f + 0.4f * key.length() / terms[term].length();
    }

    /**
     * Words within one edit (two from eight letters). Vietnamese syllables are short and many are one edit
     * apart, so a three-letter word is only corrected when the correction stands next to the word typed
     * beside it in some procedure ("kết hôn" for "ket hin").
     */
    private void typos(List<Word> words, int i, Candidates c, Scratch s) {
        String key = words.get(i).key();
        int len = key.length();
        if (len < 3) {
            return;
        }
        int max = len >= 8 ? 2 : 1;
        int left = i > 0 ? termIds.getOrDefault(words.get(i - 1).key(), -1) : -1;
        int right = i + 1 < words.size() ? termIds.getOrDefault(words.get(i + 1).key(), -1) : -1;
        int mask = SearchText.letters(key);
        for (int l = Math.max(1, len - max); l <= Math.min(termsByLength.length - 1, len + max); l++) {
            for (int t : termsByLength[l]) {
                if (Integer.bitCount(mask ^ letters[t]) > 2 * max) {
                    continue;
                }
                int d = SearchText.distance(key, terms[t], max, s.row(Math.max(len, l)));
                if (d > max) {
                    continue;
                }
                boolean confirmed = left >= 0 && bigrams.containsKey(pair(left, t))
                        || right >= 0 && bigrams.containsKey(pair(t, right));
                if (len == 3 && !confirmed) {
                    continue;
                }
                c.add(t, (d == 1 ? TYPO_1 : TYPO_2) * (confirmed ? 1.1f : 1f));
            }
        }
    }

    /** Scores one wording of the query, counting {@code weight}, into the best score of each procedure. */
    private void score(List<Word> words, float weight, Scratch s) {
        int n = words.size();
        if (n == 0) {
            return;
        }
        Candidates[] cand = new Candidates[n];
        float total = 0;
        for (int i = 0; i < n; i++) {
            cand[i] = candidates(words, i, s);
            if (SearchText.isFunctionWord(words.get(i).key())) {
                // "cho", "của", "với": they join words, they do not say what the citizen wants
                for (int k = 0; k < cand[i].count; k++) {
                    cand[i].sims[k] *= FUNCTION_WORD;
                }
                cand[i].weight *= FUNCTION_WORD;
            }
            total += cand[i].weight;
        }
        // the score of a procedure named exactly as the query, so that wordings of different lengths compare
        float perfect = total * NAME;
        for (int i = 0; i + 1 < n; i++) {
            perfect += (cand[i].weight + cand[i + 1].weight) * PHRASE * NAME;
        }
        s.beginVariant();
        for (int i = 0; i < n; i++) {
            Candidates c = cand[i];
            if (c.count == 0) {
                continue;
            }
            String exact = words.get(i).exact();
            int[] sameMarks = exact == null ? null : marked.get(exact);
            s.beginTerm();
            for (int k = 0; k < c.count; k++) {
                int t = c.ids[k];
                float sim = c.sims[k];
                float base = sim * idf[t];
                Posting p = postings[t];
                for (int j = 0; j < p.docs.length; j++) {
                    int d = p.docs[j];
                    float w = p.weights[j];
                    float v = base * w;
                    if (sameMarks != null && sim == 1f && Arrays.binarySearch(sameMarks, d) >= 0) {
                        v *= MARKS;
                    }
                    s.term(d, v, sim * (0.5f + 0.5f * w));
                }
            }
            for (int k = 0; k < s.termCount; k++) {
                int d = s.termDocs[k];
                s.add(d, s.termBest[d], c.weight * s.termCover[d]);
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            Candidates a = cand[i];
            Candidates b = cand[i + 1];
            if (a.count == 0 || b.count == 0) {
                continue;
            }
            s.beginTerm();
            for (int x = 0; x < a.count; x++) {
                for (int y = 0; y < b.count; y++) {
                    Posting p = bigrams.get(pair(a.ids[x], b.ids[y]));
                    if (p == null) {
                        continue;
                    }
                    float base = a.sims[x] * b.sims[y] * (idf[a.ids[x]] + idf[b.ids[y]]) * PHRASE;
                    for (int j = 0; j < p.docs.length; j++) {
                        s.term(p.docs[j], base * p.weights[j], 0);
                    }
                }
            }
            for (int k = 0; k < s.termCount; k++) {
                int d = s.termDocs[k];
                s.add(d, s.termBest[d], 0);
            }
        }
        float scale = weight / perfect;
        for (int k = 0; k < s.variantCount; k++) {
            int d = s.variantDocs[k];
            float cover = Math.min(1f, s.cover[d] / total);
            s.offer(d, (double) s.score[d] * scale * cover * cover * prior[d]);
        }
    }

    private List<SearchHit> top(Scratch s, int limit) {
        int k = Math.min(limit, s.queryCount);
        int[] best = new int[k];
        int filled = 0;
        for (int q = 0; q < s.queryCount; q++) {
            int d = s.queryDocs[q];
            if (!(s.best[d] > 0)) {
                continue;
            }
            if (filled == k && !better(s, d, best[k - 1])) {
                continue;
            }
            int at = filled < k ? filled++ : k - 1;
            while (at > 0 && better(s, d, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = d;
        }
        List<SearchHit> hits = new ArrayList<>(filled);
        for (int r = 0; r < filled; r++) {
            int d = best[r];
            hits.add(new SearchHit(codes[d], names[d], fields[d], s.best[d]));
        }
        return hits;
    }

    private boolean better(Scratch s, int a, int b) {
        return s.best[a] > s.best[b] || s.best[a] == s.best[b] && tieRank[a] < tieRank[b];
    }

    /**
     * Per-query working arrays, one per concurrent search, reused: stamps mark which entries belong to the
     * current query, wording and term, so nothing is cleared or allocated per query beyond small lists.
     */
    private static final class Scratch {
        final double[] best;
        final int[] queryStamp;
        final int[] queryDocs;
        int queryCount;
        final float[] score;
        final float[] cover;
        final int[] variantStamp;
        final int[] variantDocs;
        int variantCount;
        final float[] termBest;
        final float[] termCover;
        final int[] termStamp;
        final int[] termDocs;
        int termCount;
        int stamp;
        int[] row = new int[3 * 32];

        Scratch(int size) {
            best = new double[size];
            queryStamp = new int[size];
            queryDocs = new int[size];
            score = new float[size];
            cover = new float[size];
            variantStamp = new int[size];
            variantDocs = new int[size];
            termBest = new float[size];
            termCover = new float[size];
            termStamp = new int[size];
            termDocs = new int[size];
        }

        int[] row(int length) {
            if (row.length < 3 * (length + 1)) {
                row = new int[3 * (length + 1)];
            }
            return row;
        }

        private int next() {
            return ++stamp;
        }

        int queryMark;
        int variantMark;
        int termMark;

        void beginQuery() {
            if (stamp > Integer.MAX_VALUE - 1_000_000) {
                // a query takes far fewer marks than this; start again before they could wrap
                stamp = 0;
                Arrays.fill(queryStamp, 0);
                Arrays.fill(variantStamp, 0);
                Arrays.fill(termStamp, 0);
            }
            queryMark = next();
            queryCount = 0;
        }

        void beginVariant() {
            variantMark = next();
            variantCount = 0;
        }

        void beginTerm() {
            termMark = next();
            termCount = 0;
        }

        void term(int d, float value, float cov) {
            if (termStamp[d] != termMark) {
                termStamp[d] = termMark;
                termDocs[termCount++] = d;
                termBest[d] = value;
                termCover[d] = cov;
            } else {
                termBest[d] = Math.max(termBest[d], value);
                termCover[d] = Math.max(termCover[d], cov);
            }
        }

        void add(int d, float value, float cov) {
            if (variantStamp[d] != variantMark) {
                variantStamp[d] = variantMark;
                variantDocs[variantCount++] = d;
                score[d] = 0;
                cover[d] = 0;
            }
            score[d] += value;
            cover[d] += cov;
        }

        void offer(int d, double value) {
            if (queryStamp[d] != queryMark) {
                queryStamp[d] = queryMark;
                queryDocs[queryCount++] = d;
                best[d] = value;
            } else if (value > best[d]) {
                best[d] = value;
            }
        }
    }

    private static final class PostingBuilder {
        int count;
        int[] docs = new int[4];
        float[] weights = new float[4];

        void add(int d, float w) {
            if (count == docs.length) {
                docs = Arrays.copyOf(docs, count * 2);
                weights = Arrays.copyOf(weights, count * 2);
            }
            docs[count] = d;
            weights[count++] = w;
        }

        Posting build() {
            return new Posting(Arrays.copyOf(docs, count), Arrays.copyOf(weights, count));
        }
    }
}
