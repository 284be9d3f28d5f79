package no.nav.overgang.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxPayloadBytes  the largest submission accepted; larger ones are refused unread
 * @param futureTolerance  how far in the future an occurredAt may be (clock skew between systems)
 * @param maxBatchItems    the most submissions one {@code POST /api/milestones/batch} may carry
 * @param maxBatchBytes    the largest batch body accepted; larger ones are refused unread
 */
@ConfigurationProperties("overgang.intake")
public record IntakeProperties(int maxPayloadBytes, Duration futureTolerance,
                               @DefaultValue("1000") int maxBatchItems,
                               @DefaultValue("4194304") int maxBatchBytes) {
}
