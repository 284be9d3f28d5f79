package no.nav.overgang.stack.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.nav.overgang.platform.security.Role;

/**
 * The access matrix as docs/PRIVACY.md shows it, rendered from {@link AccessRules}: one row per endpoint, one column
 * per role, and the public endpoints. The document keeps it between two marker lines; the test compares the two.
 */
final class MatrixDocument {

    static final String BEGIN = "<!-- access-matrix:begin (generated from AccessRules; AccessMatrixTest checks it) -->";
    static final String END = "<!-- access-matrix:end -->";

    private MatrixDocument() {
    }

    static String render(List<Rule> rules, List<AccessRules.PublicEndpoint> publicEndpoints) {
        Map<Endpoint, List<Rule>> byEndpoint = new LinkedHashMap<>();
        rules.forEach(rule -> byEndpoint.computeIfAbsent(rule.endpoint(), e -> new ArrayList<>()).add(rule));
        StringBuilder text = new StringBuilder(BEGIN).append("\n\n| service | endpoint | names the person |");
        StringBuilder line = new StringBuilder("|---|---|---|");
        for (Role role : Role.values()) {
            text.append(' ').append(role.claimValue()).append(" |");
            line.append("---|");
        }
        text.append('\n').append(line).append('\n');
        byEndpoint.forEach((endpoint, variants) -> {
            text.append("| ").append(endpoint.service().id()).append(" | `").append(endpoint.method()).append(' ')
                    .append(endpoint.path()).append("` | ")
                    .append(variants.stream().anyMatch(Rule::showsNationalId) ? "yes" : "—").append(" |");
            for (Role role : Role.values()) {
                text.append(' ').append(cell(role, variants)).append(" |");
            }
            text.append('\n');
        });
        text.append("\nPublic, in every service (no token needed):\n\n| method | path | why |\n|---|---|---|\n");
        publicEndpoints.forEach(p -> text.append("| ").append(p.method()).append(" | `").append(p.path())
                .append("` | ").append(p.why()).append(" |\n"));
        return text.append('\n').append(END).toString();
    }

    /** What the document holds between the markers, markers included; empty when they are missing. */
    static String current(Path document) throws IOException {
        String text = Files.readString(document);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        return begin < 0 || end < begin ? "" : text.substring(begin, end + END.length());
    }

    /** Replaces what is between the markers (which must be there) with the rendered matrix. */
    static void write(Path document, String rendered) throws IOException {
        String text = Files.readString(document);
        String current = current(document);
        if (current.isEmpty()) {
            throw new IllegalStateException("no access-matrix markers in " + document);
        }
        Files.writeString(document, text.replace(current, rendered));
    }

    /** docs/PRIVACY.md, found from the module's directory upwards. */
    static Path privacyDocument() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/PRIVACY.md");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/PRIVACY.md not found above " + Path.of("").toAbsolutePath());
    }

    private static String cell(Role role, List<Rule> variants) {
        Set<String> reaches = new LinkedHashSet<>();
        for (Rule rule : variants) {
            Scope scope = rule.permits().get(role);
            if (scope != null) {
                reaches.add(scope.words() + (variants.size() > 1 ? " (" + rule.variant() + ")" : ""));
            }
        }
        return reaches.isEmpty() ? "—" : String.join("; ", reaches);
    }
}
