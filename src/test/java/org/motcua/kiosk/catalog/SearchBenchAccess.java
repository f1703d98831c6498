package org.motcua.kiosk.catalog;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/** Opens the package-private search to the benchmark in another package; test code only. */
public final class SearchBenchAccess {

    private SearchBenchAccess() {
    }

    /** A built index, as the benchmark sees it. */
    public interface Searcher {
        List<SearchHit> search(String query, int limit);
    }

    /** One query of search-queries.tsv and the codes that answer it. */
    public record Query(String text, List<String> expected, String kind) {
    }

    public static Searcher build(Collection<Procedure> procedures) {
        SearchIndex index = SearchIndex.build(procedures);
        return index::search;
    }

    public static List<Procedure> demoCatalogue() throws IOException {
        return SearchQualityTest.demo();
    }

    public static List<Query> queries() throws IOException {
        return SearchQualityTest.cases().stream().map(c -> new Query(c.query(), c.expected(), c.kind())).toList();
    }
}
