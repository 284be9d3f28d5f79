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

    @Test
    void commitsWaitForTheDiskWhenDurableAndNotByDefault() throws Exception {
        Path log = dataDir.resolve("postgres.log");
        try (var durable = EmbeddedPostgresServer.start(dataDir.resolve("durable"), 0,
                EmbeddedPostgresServer.Durability.DURABLE, log)) {
            assertThat(durable.durabilitySettings())
                    .containsEntry("fsync", "on").containsEntry("synchronous_commit", "on")
                    .containsEntry("full_page_writes", "on");
            assertThat(ProcessHandle.of(durable.pid())).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
            assertThat(log).content().contains("database system is ready to accept connections");
        }
        try (var fast = EmbeddedPostgresServer.start(null, 0)) {
            assertThat(fast.durabilitySettings()).containsEntry("fsync", "off").containsEntry("synchronous_commit", "off");
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
