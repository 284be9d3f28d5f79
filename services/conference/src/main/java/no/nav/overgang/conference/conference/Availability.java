package no.nav.overgang.conference.conference;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.nav.overgang.conference.scheduling.Window;

/**
 * The time windows a role declares it can attend; replaces what the role declared before.
 *
 * @param slots the earlier form: meeting start times, each read as a window of one meeting length; give windows or
 *              slots
 */
public record Availability(@Size(max = 20) List<@NotNull @Valid Window> windows,
                           @Size(max = 20) List<@NotNull Instant> slots) {

    public Availability {
        windows = windows == null ? null : List.copyOf(windows);
        slots = slots == null ? null : List.copyOf(slots);
    }

    public static Availability of(List<Window> windows) {
        return new Availability(windows, null);
    }

    @JsonIgnore
    @AssertTrue(message = "give windows (or slots)")
    public boolean isGiven() {
        return windows != null || slots != null;
    }

    /** The windows declared, with start times read as windows of {@code meetingLength}. */
    public List<Window> windows(Duration meetingLength) {
        return windows != null ? windows
                : slots.stream().map(start -> new Window(start, start.plus(meetingLength))).toList();
    }
}
