package org.motcua.kiosk.catalog;

import java.util.List;

/** A catalogue file was rejected as a whole; the catalogue in use is unchanged. */
public class CatalogImportException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public CatalogImportException(List<ImportProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summary(List<ImportProblem> problems) {
        StringBuilder s = new StringBuilder("Tệp danh mục bị từ chối, danh mục hiện tại giữ nguyên / "
                + "The catalogue file was rejected, the current catalogue is unchanged");
        problems.stream().limit(20).forEach(p -> s.append("\n- ").append(p.describe()));
        if (problems.size() > 20) {
            s.append("\n- … ").append(problems.size() - 20).append(" lỗi khác / more problems");
        }
        return s.toString();
    }
}
