package no.nav.overgang.stack.access;

import java.util.Comparator;

import no.nav.overgang.stack.ServiceKind;

/** An HTTP endpoint of a service as Spring MVC maps it: method ({@code *} for any) and path pattern. */
record Endpoint(ServiceKind service, String method, String path) implements Comparable<Endpoint> {

    private static final Comparator<Endpoint> ORDER = Comparator.comparing(Endpoint::service)
            .thenComparing(Endpoint::path).thenComparing(Endpoint::method);

    @Override
    public int compareTo(Endpoint other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return service.id() + " " + method + " " + path;
    }
}
