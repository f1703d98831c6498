package org.motcua.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Citizen-style queries (search-queries.tsv) against the demo catalogue: the procedure meant must be among
 * the first three hits for at least 95% of them.
 */
class SearchQualityTest {

    static final String QUERIES = "/catalog/search-queries.tsv";
    static final String DEMO = "/catalog/demo-catalog.json";

    /** One line of the query file: what was typed, the codes that are right, and what kind of query it is. */
    record Case(String query, List<String> expected, String kind) {
        boolean foundIn(List<SearchHit> hits, int top) {
            return hits.stream().limit(top).anyMatch(h -> expected.contains(h.code().value()));
        }
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = SearchQualityTest.class.getResourceAsStream(QUERIES)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Case> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(new Case(cols[0], Arrays.stream(cols[1].split(",")).map(String::strip).toList(),
                        cols.length > 2 ? cols[2] : ""));
            }
            return out;
        }
    }

    static List<Procedure> demo() throws IOException {
        try (InputStream in = SearchQualityTest.class.getResourceAsStream(DEMO)) {
            return CatalogFormat.read(in).procedures();
        }
    }

    @Test
    void theRightProcedureIsInTheTopThreeForAtLeast95PercentOfCitizenQueries() throws IOException {
        SearchIndex index = SearchIndex.build(demo());
        List<Case> cases = cases();
        int found = 0;
        int first = 0;
        StringBuilder misses = new StringBuilder();
        for (Case c : cases) {
            List<SearchHit> hits = index.search(c.query(), 10);
            if (c.foundIn(hits, 3)) {
                found++;
            } else {
                misses.append(String.format("  MISS [%s] \"%s\" expected %s, got:%n", c.kind(), c.query(), c.expected()));
                hits.stream().limit(3).forEach(h -> misses.append(String.format("      %-24s %7.3f  %s%n",
                        h.code(), h.score(), h.name().length() > 90 ? h.name().substring(0, 90) + "…" : h.name())));
            }
            if (c.foundIn(hits, 1)) {
                first++;
            }
        }
        double rate = 100.0 * found / cases.size();
        System.out.print(misses);
        System.out.printf("Search quality: top-3 %d/%d = %.1f%%, top-1 %d/%d = %.1f%%%n", found, cases.size(), rate,
                first, cases.size(), 100.0 * first / cases.size());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        assertThat(rate).as("top-3 hit rate, misses:%n%s", misses).isGreaterThanOrEqualTo(95.0);
    }
}
