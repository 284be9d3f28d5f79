package no.nav.overgang.platform.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One audit record as an ArcSight CEF line (Common Event Format 0), the way NAV's systems send their sporingslogg to
 * ArcSight: {@code CEF:0|overgang|<service>|1.0|audit:access|Sporingslogg|INFO|end=… suid=<NAV ident> duid=<person>
 * …}. {@code duid} is the national id when the access was by national id, otherwise the case key, which is also in
 * {@code cs6} so it can always be searched. Labels use the custom fields NAV leaves free (cs3, cs5, cs6,
 * flexString1); cs1, cs2 and cs4 are reserved by NAV.
 */
public final class CefLine {

    static final String VENDOR = "overgang";
    static final String FORMAT_VERSION = "1.0";
    static final String NAME = "Sporingslogg";

    private CefLine() {
    }

    /** The CEF line for a record written by {@code service} at {@code loggedAt}. */
    public static String of(String service, AuditEntry entry, Instant loggedAt) {
        Request request = Request.parse(entry.resource(), entry.action());
        String person = entry.nationalId() != null ? entry.nationalId() : entry.caseKey();
        Map<String, String> extension = new LinkedHashMap<>();
        extension.put("end", Long.toString(loggedAt.toEpochMilli()));
        extension.put("suid", entry.user().navIdent());
        extension.put("duid", person);
        extension.put("requestMethod", request.method());
        extension.put("request", request.path());
        extension.put("act", request.verb());
        extension.put("msg", entry.action());
        extension.put("flexString1Label", "Decision");
        extension.put("flexString1", entry.decision() == AuditEntry.Decision.PERMIT ? "Permit" : "Deny");
        extension.put("cs3Label", "Rule");
        extension.put("cs3", entry.rule());
        extension.put("cs5Label", "Roles");
        extension.put("cs5", entry.user().rolesText());
        extension.put("cs6Label", "CaseKey");
        extension.put("cs6", entry.caseKey());
        StringBuilder line = new StringBuilder("CEF:0|")
                .append(header(VENDOR)).append('|')
                .append(header(service)).append('|')
                .append(FORMAT_VERSION).append('|')
                .append("audit:").append(request.verb()).append('|')
                .append(NAME).append('|')
                // a refusal is worth a look; NAV's convention keeps INFO for the ordinary and WARN for the unusual
                .append(entry.decision() == AuditEntry.Decision.PERMIT ? "INFO" : "WARN").append('|');
        String separator = "";
        for (Map.Entry<String, String> field : extension.entrySet()) {
            if (field.getValue() != null && !field.getValue().isEmpty()) {
                line.append(separator).append(field.getKey()).append('=').append(extensionValue(field.getValue()));
                separator = " ";
            }
        }
        return line.toString();
    }

    /** A header field: backslash and pipe escaped; line breaks are not allowed in a header, so they become spaces. */
    static String header(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|").replace('\r', ' ').replace('\n', ' ');
    }

    /** An extension value: backslash and equals sign escaped, line breaks as the two characters {@code \n}/{@code \r}. */
    static String extensionValue(String value) {
        return value.replace("\\", "\\\\").replace("=", "\\=").replace("\r", "\\r").replace("\n", "\\n");
    }

    /** "GET /api/conferences/{id}" as method, path and the CEF verb (access, update, delete). */
    private record Request(String method, String path, String verb) {

        static Request parse(String resource, String action) {
            int space = resource.indexOf(' ');
            String method = space > 0 ? resource.substring(0, space).toUpperCase(Locale.ROOT) : "";
            String verb = switch (method) {
                case "GET", "HEAD" -> "access";
                // the API's POSTs are mostly moves of an existing object (held, claim, acknowledge)
                case "POST" -> "update";
                case "PUT", "PATCH" -> "update";
                case "DELETE" -> "delete";
                default -> null;
            };
            if (verb == null) {
                // not an HTTP request, e.g. the retention job: its action says what it did
                return new Request(null, resource, action.startsWith("delete") ? "delete" : "access");
            }
            return new Request(method, resource.substring(space + 1), verb);
        }
    }
}
