package no.nav.overgang.conference.conference;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * When and where the conference meets: a place, a video link, or both.
 *
 * @param videoLink an https address of the video meeting
 */
public record Meeting(
        @NotNull Instant startsAt,
        @Size(max = 200) String place,
        @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https address") String videoLink) {

    public Meeting {
        place = place == null || place.isBlank() ? null : place.strip();
        videoLink = videoLink == null || videoLink.isBlank() ? null : videoLink.strip();
    }

    @JsonIgnore
    @AssertTrue(message = "give a place or a video link")
    public boolean isPlaceOrVideoLinkGiven() {
        return place != null || videoLink != null;
    }
}
