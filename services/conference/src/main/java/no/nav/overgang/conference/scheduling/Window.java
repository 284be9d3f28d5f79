package no.nav.overgang.conference.scheduling;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** A stretch of time a participant can attend, from {@code from} until {@code to}. */
public record Window(@NotNull Instant from, @NotNull Instant to) {

    @JsonIgnore
    @AssertTrue(message = "must end after it starts, and last at most one day")
    public boolean isOrdered() {
        return from == null || to == null || (to.isAfter(from) && !Duration.between(from, to).minusDays(1)
                .isPositive());
    }

    boolean fits(Instant start, Duration length) {
        return !start.isBefore(from) && !start.plus(length).isAfter(to);
    }
}
