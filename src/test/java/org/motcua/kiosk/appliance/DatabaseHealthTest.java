package org.motcua.kiosk.appliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.apache.derby.iapi.jdbc.AutoloadedDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * The watchdog's "the database answers" check, on a real Derby file: it asks the engine a query, so the watchdog
 * stops (and systemd restarts the kiosk) when the database is gone, and keeps pinging while it answers.
 */
class DatabaseHealthTest {

    @TempDir
    Path dir;

    @Test
    void aDerbyThatAnswersIsHealthyAndOneWhoseFilesAreGoneIsNot() throws Exception {
        Path db = dir.resolve("derby");
        var dataSource = new SimpleDriverDataSource(new AutoloadedDriver(), "jdbc:derby:" + db.toAbsolutePath() + ";create=true");
        assertThat(ApplianceConfiguration.databaseProblem(dataSource)).isEmpty();

        // the data partition lost (a card pulled, a file system gone): the engine shut down, its files away
        try {
            DriverManager.getConnection("jdbc:derby:" + db.toAbsolutePath() + ";shutdown=true");
        } catch (SQLException expected) {
            assertThat(expected.getSQLState()).isEqualTo("08006"); // Derby's "database shut down"
        }
        FileSystemUtils.deleteRecursively(db);
        var gone = new SimpleDriverDataSource(new AutoloadedDriver(), "jdbc:derby:" + db.toAbsolutePath());
        assertThat(ApplianceConfiguration.databaseProblem(gone)).get().asString().startsWith("the database does not answer");
    }
}
