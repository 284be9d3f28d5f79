package no.nav.overgang.stack.access;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import no.nav.overgang.platform.security.Role;
import no.nav.overgang.stack.ServiceKind;

/**
 * One row of the access matrix: an endpoint (service, method, path pattern as Spring MVC maps it), the roles that may
 * call it and how far each reaches. A role not listed is refused (403). An endpoint whose permission depends on a path
 * variable or on the object (whose invitation is answered, who holds the § 12-5 authority) has one rule per variant.
 *
 * @param pathValues      placeholders ({@link Fixture#resolve}) for path variables; unlisted ones get the default
 *                        object of the service ({@link Fixture#defaultPathValue})
 * @param showsNationalId the allowed answer names the person: the one place a national id may appear
 * @param shows           for a scoped list: the object (placeholder) that the own office, unit or pool must see in it
 */
record Rule(ServiceKind service, String method, String path, String variant, String query,
            Map<String, String> pathValues, Body body, Map<Role, Scope> permits, boolean showsNationalId,
            String shows) {

    Rule {
        pathValues = Map.copyOf(pathValues);
        permits = permits.isEmpty() ? Map.of() : new EnumMap<>(permits);
    }

    /** @param endpoint method and path pattern, e.g. {@code "GET /api/conferences/{id}"} */
    static Rule of(ServiceKind service, String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        return new Rule(service, parts[0], parts[1], "", "", Map.of(), Body.NONE, Map.of(), false, null);
    }

    Rule permit(Role role, Scope scope) {
        Map<Role, Scope> more = new EnumMap<>(Role.class);
        more.putAll(permits);
        more.put(role, scope);
        return new Rule(service, method, path, variant, query, pathValues, body, more, showsNationalId, shows);
    }

    Rule variant(String label) {
        return new Rule(service, method, path, label, query, pathValues, body, permits, showsNationalId, shows);
    }

    Rule query(String text) {
        return new Rule(service, method, path, variant, text, pathValues, body, permits, showsNationalId, shows);
    }

    Rule with(String pathVariable, String placeholder) {
        Map<String, String> more = new LinkedHashMap<>(pathValues);
        more.put(pathVariable, placeholder);
        return new Rule(service, method, path, variant, query, more, body, permits, showsNationalId, shows);
    }

    Rule body(Body requestBody) {
        return new Rule(service, method, path, variant, query, pathValues, requestBody, permits, showsNationalId,
                shows);
    }

    Rule namesPerson() {
        return new Rule(service, method, path, variant, query, pathValues, body, permits, true, shows);
    }

    Rule shows(String placeholder) {
        return new Rule(service, method, path, variant, query, pathValues, body, permits, showsNationalId, placeholder);
    }

    Endpoint endpoint() {
        return new Endpoint(service, method, path);
    }

    /** Pages are used from the browser with the login cookie; everything else with a bearer token. */
    boolean page() {
        return path.startsWith("/sider");
    }

    /** Reads go first, so that lists are compared before the walk's own steps change the objects. */
    boolean read() {
        return method.equals("GET");
    }
}
