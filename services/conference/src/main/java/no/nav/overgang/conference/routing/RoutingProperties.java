package no.nav.overgang.conference.routing;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which benefits unit serves which NAV office, under {@code overgang.conference.routing}.
 *
 * @param units               office (4 digits) to benefits unit (44xx)
 * @param defaultUnit         the unit for offices not listed
 * @param medicalAdviserPool  the pool medical advisers are invited from
 */
@ConfigurationProperties("overgang.conference.routing")
public record RoutingProperties(Map<String, String> units, String defaultUnit, String medicalAdviserPool) {

    public RoutingProperties {
        units = units == null ? Map.of() : Map.copyOf(units);
        if (defaultUnit == null || !defaultUnit.matches("44\\d{2}")) {
            throw new IllegalArgumentException("overgang.conference.routing.default-unit must be a 44xx unit");
        }
        units.forEach((office, unit) -> {
            if (!unit.matches("44\\d{2}")) {
                throw new IllegalArgumentException("office " + office + " is routed to " + unit + ", not a 44xx unit");
            }
        });
    }

    public String unitFor(String office) {
        return units.getOrDefault(office, defaultUnit);
    }
}
