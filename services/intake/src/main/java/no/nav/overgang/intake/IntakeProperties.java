package no.nav.overgang.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxPayloadBytes  the largest submission accepted; larger ones are refused unread
 * @param futureTolerance  how far in the future an occurredAt may be (clock skew between systems)
 */
@ConfigurationProperties("overgang.intake")
public record IntakeProperties(int maxPayloadBytes, Duration futureTolerance) {
}
