package no.nav.overgang.proof.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What PostgreSQL did during a run, from its own statistics views and the operating system: rows inserted, updated
 * and deleted per table ({@code pg_stat_user_tables}), commits ({@code pg_stat_database}), WAL written
 * ({@code pg_stat_wal}) and the CPU time of the server's processes ({@code /proc}: the postmaster, its live children
 * and the children it has reaped). Two snapshots give the work per milestone — the figures that say where the
 * machine's capacity goes. The statistics views lag a backend's work by up to a second; the run's tail is small.
 *
 * @param rows        per {@code schema.table}: inserted, updated, deleted
 * @param commits     transactions committed in the database
 * @param walBytes    WAL written by the whole server
 * @param cpuSeconds  CPU time of the server's processes, or NaN where {@code /proc} cannot tell
 */
record DatabaseWork(Map<String, long[]> rows, long commits, long walBytes, double cpuSeconds) {

    private static final double CLOCK_TICKS = 100.0;

    static DatabaseWork snapshot(SystemUnderTest system) {
        try (Connection db = Jdbc.connect(system); Statement sql = db.createStatement()) {
            Map<String, long[]> rows = new LinkedHashMap<>();
            try (ResultSet rs = sql.executeQuery("""
                    SELECT schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables""")) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }
            }
            long commits = single(sql, "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
            long wal = single(sql, "SELECT wal_bytes::bigint FROM pg_stat_wal");
            long backend = single(sql, "SELECT pg_backend_pid()");
            return new DatabaseWork(rows, commits, wal, serverCpuSeconds(backend));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read PostgreSQL's statistics", e);
        }
    }

    /** The work between {@code before} and this snapshot. */
    DatabaseWork since(DatabaseWork before) {
        Map<String, long[]> delta = new LinkedHashMap<>();
        rows.forEach((table, now) -> {
            long[] then = before.rows.getOrDefault(table, new long[3]);
            long[] d = {now[0] - then[0], now[1] - then[1], now[2] - then[2]};
            if (d[0] + d[1] + d[2] > 0) {
                delta.put(table, d);
            }
        });
        return new DatabaseWork(delta, commits - before.commits, walBytes - before.walBytes,
                cpuSeconds - before.cpuSeconds);
    }

    /** The tables with the most rows written first. */
    List<Map.Entry<String, long[]>> busiestTables() {
        return rows.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -(e.getValue()[0]
                        + e.getValue()[1] + e.getValue()[2])).thenComparing(Map.Entry::getKey))
                .toList();
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The postmaster (parent of our backend) with its live and reaped children; NaN without {@code /proc}. */
    private static double serverCpuSeconds(long backendPid) {
        try {
            long postmaster = Long.parseLong(stat(backendPid)[3]);
            String[] own = stat(postmaster);
            long ticks = Long.parseLong(own[13]) + Long.parseLong(own[14]) + Long.parseLong(own[15])
                    + Long.parseLong(own[16]);
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String[] child = statOrNull(process);
                    if (child != null && Long.parseLong(child[3]) == postmaster) {
                        ticks += Long.parseLong(child[13]) + Long.parseLong(child[14]);
                    }
                }
            }
            return ticks / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String[] stat(long pid) throws IOException {
        String[] fields = statOrNull(Path.of("/proc", Long.toString(pid)));
        if (fields == null) {
            throw new IOException("no process " + pid);
        }
        return fields;
    }

    /** /proc/[pid]/stat split into fields, numbered from 0 (pid), the command name kept whole as field 1. */
    private static String[] statOrNull(Path process) {
        try {
            String text = Files.readString(process.resolve("stat"));
            int close = text.lastIndexOf(')');
            String[] rest = text.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = text.substring(0, text.indexOf(' '));
            fields[1] = text.substring(text.indexOf('(') + 1, close);
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
