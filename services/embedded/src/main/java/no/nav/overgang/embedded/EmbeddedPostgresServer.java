package no.nav.overgang.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL 17 server, run from the zonky binaries as a child process of this JVM.
 * With a data directory the data survives restarts; without one it lives in a temporary directory
 * that is deleted on {@link #close()}.
 * <p>
 * The server's own output is logged at INFO through SLF4J (set the loggers in {@link #SERVER_LOGGERS} to WARN to
 * keep only its warnings), or appended to a log file.
 * <p>
 * <b>Durability.</b> zonky starts PostgreSQL with {@code -F} (fsync off) and {@code synchronous_commit=off}: fast,
 * and a crash of a process loses nothing the operating system has, but a crash of the machine may lose or corrupt
 * committed data. {@link #start(Path, int)} keeps those settings ({@link Durability#FAST}), because the tests start
 * and fill many databases; the proof module (benchmark, fault test) uses {@link Durability#DURABLE}, where a commit
 * returns only once it is on disk, as in production.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "overgang";
    public static final List<String> SERVER_LOGGERS = List.of("io.zonky.test.db.postgres");
    private static final String SUPERUSER = "postgres";

    /** The settings that decide whether a committed transaction survives a crash of the machine. */
    public static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    private final EmbeddedPostgres postgres;

    /** Whether a commit waits for the disk. */
    public enum Durability {
        /** zonky's defaults, for tests: {@code fsync=off}, {@code synchronous_commit=off}. */
        FAST,
        /** As in production: {@code fsync=on}, {@code synchronous_commit=on}, {@code full_page_writes=on}. */
        DURABLE
    }

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A {@link Durability#FAST} server logging through SLF4J; see {@link #start(Path, int, Durability, Path)}. */
    public static EmbeddedPostgresServer start(Path dataDirOrNull, int portOrZero) {
        return start(dataDirOrNull, portOrZero, Durability.FAST, null);
    }

    /**
     * Returns once the server accepts connections and database {@value #DATABASE} exists.
     *
     * @param logFileOrNull where the server's output is appended; null to log it through SLF4J
     */
    public static EmbeddedPostgresServer start(Path dataDirOrNull, int portOrZero, Durability durability,
                                               Path logFileOrNull) {
        var builder = EmbeddedPostgres.builder().setPort(portOrZero);
        if (dataDirOrNull != null) {
            builder.setDataDirectory(dataDirOrNull).setCleanDataDirectory(false);
        }
        if (durability == Durability.DURABLE) {
            // the -c options come after zonky's -F on the postmaster's command line, so they win
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (logFileOrNull != null) {
            var toFile = ProcessBuilder.Redirect.appendTo(logFileOrNull.toFile());
            builder.setOutputRedirector(toFile).setErrorRedirector(toFile);
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

    /** The values of {@link #DURABILITY_SETTINGS} the server runs with, e.g. {@code fsync=on}. */
    public Map<String, String> durabilitySettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : DURABILITY_SETTINGS) {
            settings.put(name, show(name));
        }
        return settings;
    }

    /** The process id of the postmaster (the server's parent process), from its {@code postmaster.pid}. */
    public long pid() {
        try {
            Path pidFile = Path.of(show("data_directory"), "postmaster.pid");
            return Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the postmaster's pid", e);
        }
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

    private String show(String setting) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("show " + setting)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read setting " + setting, e);
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
