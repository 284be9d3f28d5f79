package no.nav.overgang.proof.benchmark;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import no.nav.overgang.testkit.Infrastructure;

/** The tests' shared broker and database as a system without services. */
final class SharedInfrastructure implements SystemUnderTest {

    private final Infrastructure shared = Infrastructure.shared();

    @Override
    public String kafkaBootstrapServers() {
        return shared.kafkaBootstrapServers();
    }

    @Override
    public String jdbcUrl() {
        return shared.jdbcUrl();
    }

    @Override
    public String dbUsername() {
        return shared.dbUsername();
    }

    @Override
    public String dbPassword() {
        return shared.dbPassword();
    }

    @Override
    public Map<String, String> serviceUrls() {
        return Map.of();
    }

    @Override
    public OptionalLong pid(String service) {
        return OptionalLong.empty();
    }

    @Override
    public String token(String navIdent, List<String> roles, List<String> offices) {
        throw new UnsupportedOperationException("no services");
    }

    @Override
    public String description() {
        return "the tests' shared infrastructure";
    }

    @Override
    public void close() {
    }
}
