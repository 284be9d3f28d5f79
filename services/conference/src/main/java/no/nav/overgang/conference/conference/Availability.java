package no.nav.overgang.conference.conference;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The meeting times a role declares it can attend; replaces what the role declared before. */
public record Availability(@NotNull @Size(max = 20) List<@NotNull Instant> slots) {

    public Availability {
        slots = slots == null ? null : List.copyOf(slots);
    }
}
