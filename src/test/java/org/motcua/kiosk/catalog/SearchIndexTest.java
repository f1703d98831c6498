package org.motcua.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchIndexTest {

    static Procedure procedure(String code, String name, String field, String... keywords) {
        return new Procedure(ProcedureCode.of(code), name, null, field, null, "commune", List.of(),
                List.of(new SubmissionMethod(SubmissionMethod.Channel.IN_PERSON, null, null, List.of(), null)),
                List.of(), List.of(), null, null, null, null, null, List.of(), null, null, null, null, List.of(),
                List.of(keywords));
    }

    static final List<Procedure> SAMPLE = List.of(
            procedure("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch"),
            procedure("1.000656", "Thủ tục đăng ký khai tử", "Hộ tịch"),
            procedure("1.000894", "Thủ tục đăng ký kết hôn", "Hộ tịch"),
            procedure("1.004746", "Thủ tục đăng ký lại kết hôn", "Hộ tịch"),
            procedure("1.000689", "Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con", "Hộ tịch"),
            procedure("2.000554", "Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn", "Hộ tịch"),
            procedure("1.004873", "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch"),
            procedure("9.000001", "Xác nhận việc kết nối hơn hai hộ", "Khác"),
            procedure("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực"),
            procedure("1.004222", "Đăng ký thường trú", "Đăng ký, quản lý cư trú"),
            procedure("1.004194", "Đăng ký tạm trú", "Đăng ký, quản lý cư trú", "thuê trọ"),
            procedure("1.012784", "Tách thửa hoặc hợp thửa đất", "Đất đai"));

    static final SearchIndex INDEX = SearchIndex.build(SAMPLE, synonyms("""
            lấy vợ, lấy chồng, cưới => đăng ký kết hôn
            sao y, công chứng => chứng thực bản sao
            hộ khẩu, nhập khẩu => thường trú | tạm trú
            - tôi muốn, làm thế nào, ở đâu, thủ tục
            """));

    static Synonyms synonyms(String text) {
        try {
            return Synonyms.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String first(String query) {
        List<SearchHit> hits = INDEX.search(query, 5);
        assertThat(hits).as("hits for \"%s\"", query).isNotEmpty();
        return hits.getFirst().code().value();
    }

    @Test
    void findsWithAndWithoutDiacritics() {
        assertThat(first("dang ky ket hon")).isEqualTo("1.000894");
        assertThat(first("Đăng ký kết hôn")).isEqualTo("1.000894");
        assertThat(first("ĐĂNG KÝ KHAI SINH")).isEqualTo("1.001193");
        assertThat(first("đăng kí khai sinh")).as("kí and ký are both in use").isEqualTo("1.001193");
    }

    @Test
    void theMarksTypedDecideBetweenWordsThatFoldAlike() {
        // "hôn" and "hơn" both fold to "hon": with the marks typed the exact word ranks first, without them both are found
        List<String> withMarks = codes(INDEX.search("hơn", 10));
        assertThat(withMarks.getFirst()).isEqualTo("9.000001");
        assertThat(codes(INDEX.search("hôn", 10))).contains("9.000001").first().isNotEqualTo("9.000001");
    }

    @Test
    void forgivesATypo() {
        assertThat(first("dang ky khai snh")).isEqualTo("1.001193");
        assertThat(first("dnag ky ket hon")).isEqualTo("1.000894");
        assertThat(first("dang ky ket hom")).as("a short syllable, confirmed by its neighbour").isEqualTo("1.000894");
        assertThat(first("chung thuc ban soa")).isEqualTo("2.000815");
    }

    @Test
    void doesNotCorrectAShortSyllableWithoutContext() {
        // "hom" is one edit from "hon" but nothing next to it says it should be
        assertThat(INDEX.search("hom", 5)).isEmpty();
    }

    @Test
    void completesTheWordStillBeingTyped() {
        assertThat(first("dang ky ket h")).isEqualTo("1.000894");
        assertThat(first("chung thuc ban s")).isEqualTo("2.000815");
        assertThat(first("tach th")).isEqualTo("1.012784");
        assertThat(INDEX.search("kh", 5)).isNotEmpty();
        assertThat(INDEX.search("kh ", 5)).as("a finished word is not completed").isEmpty();
    }

    @Test
    void everydayWordsFindTheLegalName() {
        assertThat(first("lấy vợ")).isEqualTo("1.000894");
        assertThat(first("cuoi")).isEqualTo("1.000894");
        assertThat(first("sao y")).isEqualTo("2.000815");
        assertThat(codes(INDEX.search("nhập hộ khẩu", 3))).contains("1.004222", "1.004194");
        assertThat(first("thuê trọ")).as("a procedure's own keywords").isEqualTo("1.004194");
    }

    @Test
    void questionWordsDoNotGetInTheWay() {
        assertThat(first("tôi muốn đăng ký kết hôn thì làm thế nào")).isEqualTo("1.000894");
        assertThat(first("thủ tục tách thửa ở đâu")).isEqualTo("1.012784");
    }

    @Test
    void wordsSideBySideBeatTheSameWordsApart() {
        // 2.000554 holds "hôn" and "kết hôn"; 1.004873 holds "hôn" only; "kết hôn" itself must rank first
        List<String> hits = codes(INDEX.search("kết hôn", 10));
        assertThat(hits.getFirst()).isEqualTo("1.000894");
        assertThat(hits.indexOf("1.000894")).isLessThan(hits.indexOf("1.004873"));
        // "khai sinh" side by side in both; the shorter, more specific name first
        assertThat(codes(INDEX.search("đăng ký khai sinh", 2))).containsExactly("1.001193", "1.000689");
    }

    @Test
    void aCodeFindsItsProcedureFirst() {
        assertThat(first("1.004222")).isEqualTo("1.004222");
        assertThat(first("1004222")).isEqualTo("1.004222");
        assertThat(first("1.004222.000.00.00.H29")).isEqualTo("1.004222");
        assertThat(codes(INDEX.search("1.0041", 5))).containsExactly("1.004194");
    }

    @Test
    void findsByField() {
        assertThat(codes(INDEX.search("chứng thực", 5))).first().isEqualTo("2.000815");
        assertThat(codes(INDEX.search("cư trú", 5))).containsExactlyInAnyOrder("1.004222", "1.004194");
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(INDEX.search("", 5)).isEmpty();
        assertThat(INDEX.search("   ", 5)).isEmpty();
        assertThat(INDEX.search(null, 5)).isEmpty();
        assertThat(INDEX.search("?!", 5)).isEmpty();
        assertThat(INDEX.search("dang ky", 0)).isEmpty();
    }

    @Test
    void respectsTheLimitAndOrdersBestFirstDeterministically() {
        List<SearchHit> hits = INDEX.search("dang ky", 3);
        assertThat(hits).hasSize(3);
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
        assertThat(hits).allSatisfy(h -> assertThat(h.score()).isFinite().isPositive());
        assertThat(INDEX.search("dang ky", 3)).isEqualTo(hits);
        List<SearchHit> more = INDEX.search("dang ky", 50);
        assertThat(more.subList(0, 3)).isEqualTo(hits);
    }

    @Test
    void isSafeFromManyThreads() throws InterruptedException {
        List<String> expected = codes(INDEX.search("dang ky ket hon", 5));
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 8; t++) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 500; i++) {
                    if (!codes(INDEX.search("dang ky ket hon", 5)).equals(expected)) {
                        errors.add(new AssertionError("different answer"));
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void anEmptyCatalogueFindsNothing() {
        assertThat(SearchIndex.build(List.of()).search("dang ky", 5)).isEmpty();
    }

    @Test
    void aMalformedSynonymLineIsReportedWithItsNumber() {
        assertThatThrownBy(() -> Synonyms.read(new ByteArrayInputStream("# ok\nlấy vợ đăng ký kết hôn\n"
                .getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("line 2");
    }

    @Test
    void theTeamsSynonymListLoads() {
        assertThat(Synonyms.standard().size()).isGreaterThanOrEqualTo(40);
    }

    static List<String> codes(List<SearchHit> hits) {
        return hits.stream().map(h -> h.code().value()).toList();
    }
}
