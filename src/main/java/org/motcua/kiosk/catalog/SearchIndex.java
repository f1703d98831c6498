package org.motcua.kiosk.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.motcua.kiosk.base.VietnameseText;

/**
 * In-memory search over one catalogue version. Immutable: a new catalogue builds a new index.
 * (First cut: folded substring match; replaced by the ranked index.)
 */
final class SearchIndex {

    private final List<Procedure> procedures;

    private SearchIndex(List<Procedure> procedures) {
        this.procedures = procedures;
    }

    static SearchIndex build(Collection<Procedure> procedures) {
        return new SearchIndex(List.copyOf(procedures));
    }

    List<SearchHit> search(String query, int limit) {
        String q = VietnameseText.fold(query);
        if (q.isEmpty()) {
            return List.of();
        }
        return procedures.stream()
                .filter(p -> VietnameseText.fold(p.name()).contains(q) || p.code().value().equals(query.strip()))
                .map(p -> new SearchHit(p.code(), p.name(), p.field(), 1.0 / p.name().length()))
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed())
                .limit(limit)
                .toList();
    }
}
