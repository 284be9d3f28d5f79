package no.nav.overgang.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A real PostgreSQL 17 server, run from the zonky binaries as a child process of this JVM.
 * With a data directory the data survives restarts; without one it lives in a temporary directory
 * that is deleted on {@link #close()}.
 * <p>
 * The server's own output is logged at INFO through SLF4J; set the loggers in {@link #SERVER_LOGGERS} to WARN
 * to keep only its warnings.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "overgang";
    public static final List<String> SERVER_LOGGERS = List.of("io.zonky.test.db.postgres");
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Returns once the server accepts connections and database {@value #DATABASE} exists. */
    public static EmbeddedPostgresServer start(Path dataDirOrNull, int portOrZero) {
        var builder = EmbeddedPostgres.builder().setPort(portOrZero);
        if (dataDirOrNull != null) {
            builder.setDataDirectory(dataDirOrNull).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
        var server = new EmbeddedPostgresServer(postgres);
        try {
            server.createDatabaseIfMissing();
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("Could not create database " + DATABASE, e);
        }
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    public String username() {
        return SUPERUSER;
    }

    /** The server trusts local connections; any password is accepted. */
    public String password() {
        return SUPERUSER;
    }

    /** Stops the server with a fast shutdown, which keeps all committed data. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop", e);
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        }
    }
}
