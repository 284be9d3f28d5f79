package no.nav.overgang.intake.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.PlainTimes;
import tools.jackson.databind.JsonNode;

/**
 * A quick check of a source event against its JSON Schema that answers only "surely valid" or "not sure". When it is
 * sure, the full validator ({@code JsonSchemas}, networknt) would find no problem, so the intake skips it; when it
 * is not sure, the full validator runs and its problems are the dead letter's reason, as before. The rules stay the
 * schema files': the screen is built from them when first used, and knows only a few keywords (type, required,
 * properties, $ref, enum, pattern, minLength, maxLength, minimum, maximum, items, the formats uuid, date and
 * date-time, and allOf entries that require fields per event name). A schema with any other keyword gets no screen
 * and is always validated in full. Every check errs towards "not sure": integers only as integers, dates and
 * instants only in their plain form between the years 1900 and 2199, lengths counted both ways.
 * Full validation was the largest part of the intake's CPU time per event; the screen costs about a third of it.
 */
final class SchemaScreen {

    private static final String FOLDER = "schemas/";
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "$comment");
    private static final Map<String, SchemaScreen> SCREENS = new ConcurrentHashMap<>();
    /** Patterns checked without the regular-expression engine, with the same answer for strings without line ends. */
    private static final Pattern FIXED_DIGITS = Pattern.compile("\\^\\\\d\\{(\\d{1,2})\\}\\$");
    private static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

    /** What the screen checks of one value: true when surely valid. */
    @FunctionalInterface
    private interface Check {
        boolean sure(JsonNode node);
    }

    /** Null when the schema uses a keyword the screen does not know: then nothing is ever sure. */
    private final Check root;

    private SchemaScreen(Check root) {
        this.root = root;
    }

    /** The screen of a schema of the contract whose {@code allOf} may require fields per value of {@code field}. */
    static SchemaScreen of(String schemaResource, String discriminator) {
        return SCREENS.computeIfAbsent(schemaResource + "#" + discriminator, key -> {
            try {
                return new SchemaScreen(new Compiler(discriminator).compile(load(schemaResource), schemaResource));
            } catch (Unsupported e) {
                return new SchemaScreen(null);
            }
        });
    }

    /** True only when the full validator would find no problem in the document. */
    boolean surelyValid(JsonNode document) {
        return root != null && root.sure(document);
    }

    /** Whether the schema could be screened at all (for tests). */
    boolean screens() {
        return root != null;
    }

    private static JsonNode load(String resource) {
        try (InputStream in = SchemaScreen.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("JSON Schema missing from the contract: " + resource);
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** Turns a schema into checks; throws {@link Unsupported} on anything it does not know. */
    private record Compiler(String discriminator) {

        Check compile(JsonNode schema, String resource) {
            if (!schema.isObject()) {
                throw new Unsupported("a schema that is not an object");
            }
            List<Check> checks = new ArrayList<>();
            for (String keyword : schema.propertyNames()) {
                JsonNode value = schema.get(keyword);
                if (!ANNOTATIONS.contains(keyword)) {
                    checks.add(keyword(keyword, value, schema, resource));
                }
            }
            Check[] all = checks.toArray(Check[]::new);
            return node -> {
                for (Check check : all) {
                    if (!check.sure(node)) {
                        return false;
                    }
                }
                return true;
            };
        }

        private Check keyword(String keyword, JsonNode value, JsonNode schema, String resource) {
            return switch (keyword) {
                case "type" -> type(text(value));
                case "required" -> required(value);
                case "properties" -> properties(value, resource);
                case "items" -> items(compile(value, resource));
                case "$ref" -> ref(text(value), resource);
                case "enum" -> constants(value);
                case "pattern" -> pattern(text(value));
                case "minLength" -> minLength(integer(value));
                case "maxLength" -> maxLength(integer(value));
                case "minimum" -> bound(integer(value), true);
                case "maximum" -> bound(integer(value), false);
                case "format" -> format(text(value));
                case "allOf" -> allOf(value, resource);
                default -> throw new Unsupported(keyword);
            };
        }

        private static String text(JsonNode value) {
            if (!value.isString()) {
                throw new Unsupported("a keyword's value that is not a string");
            }
            return value.asString();
        }

        private static Check type(String type) {
            return switch (type) {
                case "object" -> JsonNode::isObject;
                case "string" -> JsonNode::isString;
                case "array" -> JsonNode::isArray;
                case "boolean" -> JsonNode::isBoolean;
                // 2.0 is an integer to JSON Schema; the screen leaves such cases to the full validator
                case "integer" -> JsonNode::isIntegralNumber;
                default -> throw new Unsupported("type " + type);
            };
        }

        private static Check required(JsonNode names) {
            List<String> required = new ArrayList<>();
            names.forEach(name -> required.add(name.asString()));
            return node -> {
                if (!node.isObject()) {
                    return true;
                }
                for (String name : required) {
                    if (!node.has(name)) {
                        return false;
                    }
                }
                return true;
            };
        }

        private Check properties(JsonNode properties, String resource) {
            List<String> names = new ArrayList<>();
            List<Check> checks = new ArrayList<>();
            for (String name : properties.propertyNames()) {
                names.add(name);
                checks.add(compile(properties.get(name), resource));
            }
            return node -> {
                if (!node.isObject()) {
                    return true;
                }
                for (int i = 0; i < names.size(); i++) {
                    JsonNode property = node.get(names.get(i));
                    if (property != null && !checks.get(i).sure(property)) {
                        return false;
                    }
                }
                return true;
            };
        }

        private static Check items(Check item) {
            return node -> {
                if (!node.isArray()) {
                    return true;
                }
                for (JsonNode element : node) {
                    if (!item.sure(element)) {
                        return false;
                    }
                }
                return true;
            };
        }

        /** {@code other.json#/$defs/name} or {@code #/$defs/name}, within the contract's schemas folder. */
        private Check ref(String ref, String resource) {
            int hash = ref.indexOf('#');
            if (hash < 0 || ref.contains("/") && ref.indexOf('/') < hash || ref.contains("://")) {
                throw new Unsupported("$ref " + ref);
            }
            String target = hash == 0 ? resource : FOLDER + ref.substring(0, hash);
            JsonNode schema = load(target).at(ref.substring(hash + 1));
            if (schema.isMissingNode()) {
                throw new Unsupported("$ref " + ref);
            }
            return compile(schema, target);
        }

        private static Check constants(JsonNode values) {
            Set<String> allowed = new HashSet<>();
            for (JsonNode value : values) {
                if (!value.isString()) {
                    throw new Unsupported("enum of other than strings");
                }
                allowed.add(value.asString());
            }
            return node -> node.isString() && allowed.contains(node.asString());
        }

        /**
         * As the full validator reads a pattern: not anchored, on strings only, with the JDK's regular expressions; a
         * string with a control character (where {@code $} and line ends could be read otherwise) is left to it.
         */
        private static Check pattern(String regex) {
            Matcher digits = FIXED_DIGITS.matcher(regex);
            if (digits.matches()) {
                // ^\d{n}$ (national ids, offices): n ASCII digits, which is what the expression says of a plain string
                int length = Integer.parseInt(digits.group(1));
                return node -> !node.isString() || digits(node.asString(), length);
            }
            if (regex.equals(UUID_PATTERN)) {
                return node -> !node.isString() || uuid(node.asString());
            }
            if (regex.equals(DATE_PATTERN)) {
                return node -> !node.isString()
                        || node.asString().length() == 10 && PlainTimes.dateShape(node.asString());
            }
            Pattern pattern = Pattern.compile(regex);
            return node -> !node.isString() || plain(node.asString()) && pattern.matcher(node.asString()).find();
        }

        private static boolean digits(String text, int length) {
            if (text.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private static boolean plain(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0x2028 || c == 0x2029) {
                    return false;
                }
            }
            return true;
        }

        // JSON Schema counts code points; a string's UTF-16 length is never fewer, so each bound takes the stricter
        private static Check minLength(long min) {
            return node -> !node.isString() || node.asString().codePointCount(0, node.asString().length()) >= min;
        }

        private static Check maxLength(long max) {
            return node -> !node.isString() || node.asString().length() <= max;
        }

        private static Check bound(long limit, boolean lower) {
            return node -> {
                if (!node.isNumber()) {
                    return true;
                }
                if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                    return false;
                }
                return lower ? node.longValue() >= limit : node.longValue() <= limit;
            };
        }

        private static long integer(JsonNode value) {
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw new Unsupported("a bound that is not an integer");
            }
            return value.longValue();
        }

        private static Check format(String format) {
            return switch (format) {
                case "uuid" -> node -> !node.isString() || uuid(node.asString());
                case "date" -> node -> !node.isString() || date(node.asString());
                case "date-time" -> node -> !node.isString() || instant(node.asString());
                default -> throw new Unsupported("format " + format);
            };
        }

        private static boolean uuid(String text) {
            if (text.length() != 36) {
                return false;
            }
            for (int i = 0; i < 36; i++) {
                char c = text.charAt(i);
                boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                        : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        private static boolean date(String text) {
            LocalDate date = PlainTimes.date(text);
            return date != null && plausibleYear(date.getYear());
        }

        private static boolean instant(String text) {
            OffsetDateTime instant = PlainTimes.offsetDateTime(text);
            // "-00:00" (offset unknown) is left to the validator, whose reading of it the screen does not assume
            return instant != null && plausibleYear(instant.getYear()) && !text.endsWith("-00:00")
                    && Math.abs(instant.getOffset().getTotalSeconds()) <= 14 * 3600;
        }

        private static boolean plausibleYear(int year) {
            return year >= 1900 && year < 2200;
        }

        /** Plain subschemas, or {@code {"if": {"properties": {discriminator: {"const": v}}}, "then": ...}}. */
        private Check allOf(JsonNode entries, String resource) {
            List<Check> checks = new ArrayList<>();
            for (JsonNode entry : entries) {
                if (!entry.has("if") && !entry.has("then") && !entry.has("else")) {
                    checks.add(compile(entry, resource));
                    continue;
                }
                JsonNode condition = entry.path("if").path("properties").path(discriminator).path("const");
                boolean onlyThat = entry.size() == 2 && entry.has("then") && entry.path("if").size() == 1
                        && entry.path("if").path("properties").size() == 1
                        && entry.path("if").path("properties").path(discriminator).size() == 1
                        && condition.isString();
                if (!onlyThat) {
                    throw new Unsupported("a condition other than on " + discriminator);
                }
                String value = condition.asString();
                Check then = compile(entry.get("then"), resource);
                checks.add(node -> {
                    if (!node.isObject()) {
                        return true;
                    }
                    JsonNode actual = node.get(discriminator);
                    // an absent or non-string name makes the condition hold or fail in ways left to the validator
                    if (actual == null || !actual.isString()) {
                        return false;
                    }
                    return !actual.asString().equals(value) || then.sure(node);
                });
            }
            return node -> {
                for (Check check : checks) {
                    if (!check.sure(node)) {
                        return false;
                    }
                }
                return true;
            };
        }
    }
}
