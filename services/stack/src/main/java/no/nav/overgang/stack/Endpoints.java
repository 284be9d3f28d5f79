package no.nav.overgang.stack;

/** Where the services find PostgreSQL, Kafka and the token issuer. */
public record Endpoints(String jdbcUrl, String dbUsername, String dbPassword, String kafkaBootstrapServers,
                        String issuerUri) {
}
