package no.nav.overgang.platform.clock;

import java.time.Instant;

/**
 * Published (synchronously, in the transaction that moved it) when business time moves forward, so that a service
 * can fire the timers that became due. {@code from} is the business time before.
 */
public record BusinessTimeAdvanced(Instant from, Instant to) {
}
