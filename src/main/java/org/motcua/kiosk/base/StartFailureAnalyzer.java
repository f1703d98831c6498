package org.motcua.kiosk.base;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import java.util.Locale;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;

/**
 * A start that fails for a reason an office can fix says so in one line in Vietnamese and English, with what to do,
 * in place of a stack trace (Spring Boot prints it under "APPLICATION FAILED TO START"; on the appliance the journal
 * of motcua.service): a data directory that cannot be written, a database another program holds or that opens only
 * for reading, a wrong setting, the port taken. Anything else is left to Spring Boot's own analyzers.
 */
public class StartFailureAnalyzer implements FailureAnalyzer, Ordered {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataDirectoryException d) {
                String[] why = reason(d.getCause());
                String dir = d.directory().toAbsolutePath().toString();
                return analysis(failure,
                        "Không dùng được thư mục dữ liệu " + dir + ": " + why[0] + ".",
                        "The data directory " + dir + " cannot be used: " + why[1] + ".",
                        "Kiểm tra thư mục này có và ghi được (thẻ nhớ không đầy, không bị khoá chỉ đọc), hoặc đặt"
                                + " motcua.data-dir sang thư mục khác.",
                        "Check that it exists and can be written (the card neither full nor read-only), or set"
                                + " motcua.data-dir to another directory.");
            }
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState() == null ? "" : e.getSQLState();
                    if (state.equals("XSDB6")) {
                        return analysis(failure,
                                "Cơ sở dữ liệu đang được một chương trình khác mở: có lẽ ki-ốt đã chạy rồi.",
                                "The database is open in another program: the kiosk may be running already.",
                                "Dừng chương trình kia (trên máy ki-ốt: systemctl status motcua) rồi chạy lại.",
                                "Stop the other one (on the appliance: systemctl status motcua), then start again.");
                    }
                    if (state.equals("25502") || state.equals("25505")) {
                        return analysis(failure,
                                "Cơ sở dữ liệu chỉ mở được để đọc: thẻ nhớ hoặc thư mục dữ liệu không ghi được.",
                                "The database opens for reading only: the card or the data directory cannot be written.",
                                "Kiểm tra thẻ nhớ (có thể hỏng hoặc bị khoá); nếu cần, khôi phục từ bản sao lưu.",
                                "Check the card (it may be failing or locked); restore from a backup if needed.");
                    }
                }
            }
            if (t instanceof BindException bind) {
                String name = bind.getName().toString();
                Object value = bind.getProperty() == null ? null : bind.getProperty().getValue();
                String where = bind.getProperty() == null || bind.getProperty().getOrigin() == null ? ""
                        : " (" + bind.getProperty().getOrigin() + ")";
                String cause = bind.getCause() == null ? "" : ": " + bind.getCause().getMessage();
                return analysis(failure,
                        "Cài đặt " + name + " = '" + value + "' không đúng" + where + cause + ".",
                        "The setting " + name + " = '" + value + "' is wrong" + where + cause + ".",
                        "Sửa cài đặt này (trên máy ki-ốt: /etc/motcua/application.yml hoặc motcua.txt trên thẻ nhớ)"
                                + " rồi chạy lại.",
                        "Correct it (on the appliance: /etc/motcua/application.yml, or motcua.txt on the card), then"
                                + " start again.");
            }
            if (t instanceof PortInUseException port) {
                return analysis(failure,
                        "Cổng " + port.getPort() + " đang được một chương trình khác dùng (có lẽ ki-ốt đã chạy rồi).",
                        "Port " + port.getPort() + " is used by another program (the kiosk may be running already).",
                        "Dừng chương trình kia, hoặc đặt server.port khác.",
                        "Stop the other program, or set server.port to another port.");
            }
        }
        return null;
    }

    private static FailureAnalysis analysis(Throwable failure, String vi, String en, String doVi, String doEn) {
        return new FailureAnalysis(vi + " / " + en, doVi + " / " + doEn, failure);
    }

    /** Why a directory cannot be used, in Vietnamese and English. */
    private static String[] reason(Throwable cause) {
        String message = cause == null ? "" : String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("read-only file system")) {
            return new String[] {"ổ đĩa chỉ đọc được", "the file system is read-only"};
        }
        if (message.contains("no space left")) {
            return new String[] {"ổ đĩa đã đầy", "the disk is full"};
        }
        if (cause instanceof AccessDeniedException) {
            return new String[] {"không có quyền ghi vào đó", "not allowed to write there"};
        }
        if (cause instanceof NotDirectoryException || cause instanceof FileAlreadyExistsException
                || message.contains("not a directory")) {
            return new String[] {"đường dẫn là một tệp, không phải thư mục", "the path is a file, not a directory"};
        }
        String raw = String.valueOf(cause);
        return new String[] {raw, raw};
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
