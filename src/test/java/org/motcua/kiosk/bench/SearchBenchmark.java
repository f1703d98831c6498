package org.motcua.kiosk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import org.motcua.kiosk.catalog.Procedure;
import org.motcua.kiosk.catalog.ProcedureCode;
import org.motcua.kiosk.catalog.SearchBenchAccess;
import org.motcua.kiosk.catalog.SearchBenchAccess.Query;
import org.motcua.kiosk.catalog.SearchBenchAccess.Searcher;
import org.motcua.kiosk.catalog.SearchHit;

/**
 * Search latency and quality of the in-memory index against a plain Derby {@code LIKE} query, on the demo
 * catalogue and on a generated catalogue of 2,000 procedures. Not a test: run it with bench/search.sh.
 *
 * <p>Queries are those of search-queries.tsv plus every prefix a citizen passes through while typing them
 * (results update on each key). Latency is wall time per call (System.nanoTime) after a warm-up; the hit
 * rate counts the expected procedure among the first three answers to the full queries.
 */
public final class SearchBenchmark {

    static final int LIMIT = 10;
    static final int LARGE = 2_000;
    static final String LIKE_SQL = "SELECT code, name FROM procedure_bench WHERE LOWER(name) LIKE ?";

    private SearchBenchmark() {
    }

    record Result(String engine, String catalogue, int size, double hitRate, double p50, double p99, int samples) {
    }

    public static void main(String[] args) throws Exception {
        // Derby writes derby.log into the working directory unless told where its error stream goes
        System.setProperty("derby.stream.error.field", "org.motcua.kiosk.base.DerbyLog.DISCARD");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;

        List<Procedure> demo = SearchBenchAccess.demoCatalogue();
        List<Procedure> large = generate(demo, LARGE);
        List<Query> queries = SearchBenchAccess.queries();
        List<String> typed = asTyped(queries);
        System.out.printf(Locale.ROOT, "%d queries from search-queries.tsv, %d strings as typed key by key; %d rounds%n",
                queries.size(), typed.size(), rounds);

        List<Result> results = new ArrayList<>();
        Path dir = Files.createTempDirectory("search-bench");
        try {
            for (List<Procedure> catalogue : List.of(demo, large)) {
                String name = catalogue == demo ? "demo" : "generated";
                long t0 = System.nanoTime();
                Searcher index = SearchBenchAccess.build(catalogue);
                long built = System.nanoTime() - t0;
                System.out.printf(Locale.ROOT, "index over %d procedures built in %.1f ms%n", catalogue.size(), built / 1e6);
                results.add(measure("SearchIndex", name, catalogue.size(), queries, typed, rounds, index::search));
                try (Derby derby = new Derby(dir.resolve(name), catalogue)) {
                    results.add(measure("Derby LIKE", name, catalogue.size(), queries, typed,
                            Math.max(1, rounds / 10), derby::search));
                }
            }
        } finally {
            Derby.shutdown();
            delete(dir);
        }
        print(results);
    }

    static Result measure(String engine, String catalogue, int size, List<Query> queries, List<String> typed,
                          int rounds, BiFunction<String, Integer, List<SearchHit>> search) {
        int found = 0;
        for (Query q : queries) {
            List<SearchHit> hits = search.apply(q.text(), LIMIT);
            if (hits.stream().limit(3).anyMatch(h -> q.expected().contains(h.code().value()))) {
                found++;
            } else if (Boolean.getBoolean("bench.misses")) {
                System.out.printf("  %s/%s miss \"%s\" %s: %s%n", engine, catalogue, q.text(), q.expected(),
                        hits.stream().limit(3).map(h -> h.code() + " " + h.name()).toList());
            }
        }
        long sink = 0;
        for (int r = 0; r < Math.max(2, rounds / 2); r++) {
            for (String q : typed) {
                sink += search.apply(q, LIMIT).size();
            }
        }
        long[] nanos = new long[rounds * typed.size()];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : typed) {
                long t = System.nanoTime();
                sink += search.apply(q, LIMIT).size();
                nanos[n++] = System.nanoTime() - t;
            }
        }
        if (sink == 42) {
            System.out.println();
        }
        Arrays.sort(nanos);
        return new Result(engine, catalogue, size, 100.0 * found / queries.size(), nanos[n / 2] / 1e3,
                nanos[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e3, n);
    }

    static void print(List<Result> results) {
        System.out.println();
        System.out.println("| engine      | catalogue | procedures | top-3 hit rate | p50 (µs) | p99 (µs) | samples |");
        System.out.println("|-------------|-----------|-----------:|---------------:|---------:|---------:|--------:|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %-11s | %-9s | %10d | %13.1f%% | %8.1f | %8.1f | %7d |%n",
                    r.engine, r.catalogue, r.size, r.hitRate, r.p50, r.p99, r.samples);
        }
    }

    /** Every query, and each prefix of it a citizen typing it would see results for. */
    static List<String> asTyped(List<Query> queries) {
        Set<String> out = new LinkedHashSet<>();
        for (Query q : queries) {
            String t = q.text();
            for (int i = 2; i < t.length(); i++) {
                if (!Character.isWhitespace(t.charAt(i - 1))) {
                    out.add(t.substring(0, i));
                }
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- a larger catalogue

    private static final String[] BEFORE = {"", "Cấp lại ", "Điều chỉnh ", "Gia hạn ", "Xác nhận ", "Hủy bỏ ",
        "Đăng ký thay đổi ", "Thông báo "};
    private static final String[] AFTER = {" có yếu tố nước ngoài", " lưu động", " đối với hộ gia đình, cá nhân",
        " (cấp tỉnh)", " trong trường hợp bị mất, hư hỏng", " đối với tổ chức", " thực hiện tại cấp xã",
        " theo hình thức liên thông", " cho người nước ngoài cư trú tại Việt Nam", " đối với trường hợp đã được cấp",
        " thuộc thẩm quyền của Ủy ban nhân dân cấp xã", " cho người dưới 18 tuổi"};

    /**
     * The demo catalogue and, after it, variants of its procedures up to {@code size}: the same words, a
     * different qualifier in front or behind, a code of their own (7.xxxxxx, which the demo does not use).
     */
    static List<Procedure> generate(List<Procedure> demo, int size) {
        List<Procedure> out = new ArrayList<>(demo);
        Set<String> names = new LinkedHashSet<>();
        demo.forEach(p -> names.add(p.name()));
        int seq = 0;
        int combinations = BEFORE.length * AFTER.length;
        for (int i = 0; out.size() < size && i < demo.size() * combinations; i++) {
            Procedure p = demo.get(i % demo.size());
            // each procedure takes the combinations in a different order, so the variants mix
            int v = (i / demo.size() + i % demo.size() * 7) % combinations;
            String before = BEFORE[v % BEFORE.length];
            String after = AFTER[v / BEFORE.length];
            String base = p.name().startsWith("Thủ tục ") ? p.name().substring(8) : p.name();
            String name = before.isEmpty() ? base + after
                    : before + Character.toLowerCase(base.charAt(0)) + base.substring(1) + after;
            if (!names.add(name)) {
                continue;
            }
            seq++;
            out.add(new Procedure(ProcedureCode.of(String.format(Locale.ROOT, "7.%06d", seq)), name, p.nameEn(),
                    p.field(), p.fieldEn(), p.level(), p.steps(), p.methods(), p.documents(), p.forms(),
                    p.applicants(), p.handlingAgency(), p.decidingAgency(), p.result(), p.conditions(),
                    p.legalBasis(), p.onlineServiceUrl(), p.onlineService(), p.notes(), p.confidence(), p.sources(),
                    p.keywords()));
        }
        return out;
    }

    // ---------------------------------------------------------------- the baseline

    /** The same procedures in an embedded Derby table, searched the plain way. */
    static final class Derby implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement like;

        Derby(Path dir, List<Procedure> procedures) throws SQLException {
            connection = DriverManager.getConnection("jdbc:derby:" + dir.toAbsolutePath() + ";create=true");
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("CREATE TABLE procedure_bench (code VARCHAR(64) PRIMARY KEY, "
                        + "name VARCHAR(4000) NOT NULL, field VARCHAR(400) NOT NULL)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO procedure_bench VALUES (?, ?, ?)")) {
                for (Procedure p : procedures) {
                    insert.setString(1, p.code().value());
                    insert.setString(2, p.name());
                    insert.setString(3, p.field());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            like = connection.prepareStatement(LIKE_SQL);
            like.setMaxRows(LIMIT);
        }

        List<SearchHit> search(String query, int limit) {
            String term = Normalizer.normalize(query.strip(), Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("vi"));
            if (term.isEmpty()) {
                return List.of();
            }
            try {
                like.setString(1, "%" + term + "%");
                List<SearchHit> hits = new ArrayList<>();
                try (ResultSet rs = like.executeQuery()) {
                    while (rs.next() && hits.size() < limit) {
                        hits.add(new SearchHit(ProcedureCode.of(rs.getString(1)), rs.getString(2), null, 1));
                    }
                }
                return hits;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            like.close();
            connection.close();
        }

        static void shutdown() {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an SQLException (XJ015)
            }
        }
    }

    static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
