package no.nav.overgang.platform.audit;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The services whose audit logs the auditor's page searches: {@code overgang.audit.search.sources.<name>=<base URL>},
 * e.g. {@code OVERGANG_AUDIT_SEARCH_SOURCES_CONFERENCE=https://overgang-conference.intern.nav.no}. Read at each
 * search, not at start, so a value may name a port that is only known once the servers run (the local run and the
 * tests put every service's address there after starting them).
 */
public class AuditSources {

    static final String PREFIX = "overgang.audit.search.sources";

    private final Environment environment;

    public AuditSources(Environment environment) {
        this.environment = environment;
    }

    /** Name to base URL, ordered by name. */
    public Map<String, URI> all() {
        Map<String, String> configured = Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        Map<String, URI> sources = new TreeMap<>();
        configured.forEach((name, url) -> sources.put(name, URI.create(url)));
        return sources;
    }
}
