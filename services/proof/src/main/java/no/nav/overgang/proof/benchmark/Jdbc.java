package no.nav.overgang.proof.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Plain JDBC connections to the system's database, with batched inserts rewritten to multi-row statements. */
final class Jdbc {

    private Jdbc() {
    }

    static Connection connect(SystemUnderTest system) throws SQLException {
        String url = system.jdbcUrl();
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
                system.dbUsername(), system.dbPassword());
    }
}
