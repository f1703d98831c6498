package org.motcua.kiosk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue a citizen browses: imports (all or nothing), and an in-memory snapshot of the current
 * version with its search index, swapped atomically once a new version is committed; then
 * {@link CatalogPublished} tells the rest of the application.
 */
@Service
public class CatalogService {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);
    private static final java.text.Collator VI = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));

    private final CatalogRepository repository;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final CatalogProperties properties;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.EMPTY);

    CatalogService(CatalogRepository repository, TransactionTemplate transactions, ApplicationEventPublisher events,
                   CatalogProperties properties, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Loads what the database holds; on a first start with the demo enabled, imports the demo catalogue. */
    @jakarta.annotation.PostConstruct
    void start() {
        if (repository.currentVersion().isEmpty() && properties.demo()) {
            try (InputStream in = new ClassPathResource(properties.demoResource()).getInputStream()) {
                importCatalog(in, "demo:" + properties.demoResource());
                return;
            } catch (IOException e) {
                throw new UncheckedIOException("The demo catalogue is missing from the jar", e);
            }
        }
        reload();
    }

    /**
     * Validates a whole catalogue file and, only if every record is valid, replaces the catalogue in one
     * transaction and publishes {@link CatalogPublished}.
     *
     * @throws CatalogImportException listing every problem; the catalogue in use is unchanged
     */
    public CatalogPublished importCatalog(InputStream in, String sourceName) {
        CatalogFormat.Catalog catalog = CatalogFormat.read(in);
        String source = catalog.source() != null ? catalog.source() : sourceName;
        CatalogVersion version = transactions.execute(tx ->
                repository.replaceAll(catalog.procedures(), catalog.title(), source, clock.instant()));
        log.info("Catalogue version {} published: {} procedures from {}", version.version(),
                version.procedureCount(), source);
        reload();
        CatalogPublished published = new CatalogPublished(version.version(), version.procedureCount(), source,
                version.publishedAt());
        events.publishEvent(published);
        return published;
    }

    private void reload() {
        Optional<CatalogVersion> version = repository.currentVersion();
        List<Procedure> all = repository.loadAll();
        snapshot.set(new Snapshot(version.orElse(null), all));
    }

    public Optional<CatalogVersion> currentVersion() {
        return Optional.ofNullable(snapshot.get().version);
    }

    /** The catalogue in use and its version, read from one snapshot, as a catalogue file (docs/catalog-format.md). */
    public record Current(CatalogVersion version, CatalogFormat.Catalog file) {
    }

    /**
     * The catalogue in use as a whole file, its procedures in code order, with the version it is: what a hub serves
     * its kiosks ({@link CatalogFormat#write}). Empty when no catalogue was ever imported.
     */
    public Optional<Current> current() {
        Snapshot s = snapshot.get();
        if (s.version == null) {
            return Optional.empty();
        }
        List<Procedure> procedures = s.byCode.values().stream()
                .sorted(Comparator.comparing(p -> p.code().value())).toList();
        return Optional.of(new Current(s.version,
                new CatalogFormat.Catalog(s.version.title(), s.version.source(), procedures)));
    }

    public Optional<Procedure> find(ProcedureCode code) {
        return Optional.ofNullable(snapshot.get().byCode.get(code.value()));
    }

    /** Best first; an empty or blank query finds nothing. */
    public List<SearchHit> search(String query, int limit) {
        return snapshot.get().index.search(query, limit);
    }

    /** Fields in Vietnamese alphabetical order, each with its number of procedures. */
    public List<FieldSummary> fields() {
        return snapshot.get().fields;
    }

    /** The procedures of one field, in Vietnamese alphabetical order of name. */
    public List<Procedure> inField(String field) {
        return snapshot.get().byCode.values().stream()
                .filter(p -> p.field().equals(field))
                .sorted(Comparator.comparing(Procedure::name, VI))
                .toList();
    }

    public int size() {
        return snapshot.get().byCode.size();
    }

    public Optional<String> onlineUrl(Procedure procedure) {
        return properties.onlineUrl(procedure);
    }

    private static final class Snapshot {
        static final Snapshot EMPTY = new Snapshot(null, List.of());

        final CatalogVersion version;
        final Map<String, Procedure> byCode;
        final List<FieldSummary> fields;
        final SearchIndex index;

        Snapshot(CatalogVersion version, List<Procedure> procedures) {
            this.version = version;
            Map<String, Procedure> map = new LinkedHashMap<>();
            procedures.forEach(p -> map.put(p.code().value(), p));
            this.byCode = Map.copyOf(map);
            this.fields = procedures.stream()
                    .collect(Collectors.groupingBy(Procedure::field, LinkedHashMap::new, Collectors.toList()))
                    .entrySet().stream()
                    .map(e -> new FieldSummary(e.getKey(), e.getValue().stream().map(Procedure::fieldEn)
                            .filter(java.util.Objects::nonNull).findFirst().orElse(null), e.getValue().size()))
                    .sorted(Comparator.comparing(FieldSummary::name, VI))
                    .toList();
            this.index = SearchIndex.build(procedures);
        }
    }
}
