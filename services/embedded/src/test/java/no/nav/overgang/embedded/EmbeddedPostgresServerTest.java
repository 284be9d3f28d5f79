package no.nav.overgang.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsCommittedRowsWhenRestartedOnTheSameDataDirectoryAndPort() throws SQLException {
        int port;
        try (var postgres = EmbeddedPostgresServer.start(dataDir, 0)) {
            port = postgres.port();
            execute(postgres, "create table greeting (text varchar not null)");
            execute(postgres, "insert into greeting values ('hei')");
        }

        try (var restarted = EmbeddedPostgresServer.start(dataDir, port)) {
            assertThat(restarted.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + port + "/overgang");
            assertThat(singleText(restarted, "select text from greeting")).isEqualTo("hei");
        }
    }

    @Test
    void runsOnATemporaryDirectoryWhenNoneIsGiven() throws SQLException {
        try (var postgres = EmbeddedPostgresServer.start(null, 0)) {
            assertThat(singleText(postgres, "select current_database()")).isEqualTo("overgang");
            assertThat(singleText(postgres, "show server_version")).startsWith("17.");
        }
    }

    private static void execute(EmbeddedPostgresServer postgres, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String singleText(EmbeddedPostgresServer postgres, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row from: %s", sql).isTrue();
            return rows.getString(1);
        }
    }
}
