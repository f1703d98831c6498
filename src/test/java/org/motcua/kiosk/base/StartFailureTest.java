package org.motcua.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.motcua.kiosk.Application;

/**
 * A start that fails for a reason an office can fix says which and what to do, in Vietnamese and English, in place
 * of a stack trace: the application started for real with a data directory that is a file and with a wrong setting.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartFailureTest {

    @TempDir
    Path work;

    @Test
    void aDataDirectoryThatCannotBeWrittenIsNamedWithWhatToDo(CapturedOutput output) throws IOException {
        Path file = Files.writeString(work.resolve("not-a-directory"), "x");
        Path dataDir = file.resolve("data");
        assertThatThrownBy(() -> SpringApplication.run(Application.class, "--server.port=0",
                "--motcua.data-dir=" + dataDir, "--spring.main.banner-mode=off"))
                .hasCauseInstanceOf(Exception.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
                "Không dùng được thư mục dữ liệu " + dataDir.toAbsolutePath() + ": đường dẫn là một tệp, không phải thư mục",
                "The data directory " + dataDir.toAbsolutePath() + " cannot be used: the path is a file, not a directory",
                "đặt motcua.data-dir sang thư mục khác");
    }

    @Test
    void aWrongSettingIsNamedWithItsValue(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(Application.class, "--server.port=0",
                "--motcua.data-dir=" + work.resolve("data"), "--spring.main.banner-mode=off",
                "--motcua.kiosk.idle-timeout=một phút")).isInstanceOf(Exception.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
                "Cài đặt motcua.kiosk.idle-timeout = 'một phút' không đúng",
                "The setting motcua.kiosk.idle-timeout = 'một phút' is wrong");
    }

    @Test
    void aDatabaseHeldByAnotherProgramOrOpenForReadingOnlyIsSaidSo() {
        StartFailureAnalyzer analyzer = new StartFailureAnalyzer();
        SQLException boot = new SQLException("Failed to start database 'data/derby'", "XJ040");
        boot.setNextException(new SQLException("Another instance of Derby may have already booted the database",
                "XSDB6"));
        FailureAnalysis held = analyzer.analyze(new IllegalStateException("Flyway", new RuntimeException(boot)));
        assertThat(held.getDescription()).isEqualTo("Cơ sở dữ liệu đang được một chương trình khác mở: có lẽ ki-ốt đã"
                + " chạy rồi. / The database is open in another program: the kiosk may be running already.");
        FailureAnalysis readOnly = analyzer.analyze(new SQLException("read-only connection", "25502"));
        assertThat(readOnly.getDescription()).startsWith("Cơ sở dữ liệu chỉ mở được để đọc");
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }
}
