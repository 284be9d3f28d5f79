package no.nav.overgang.conference.conference;

import java.time.Instant;

/**
 * Something a person recorded on the conference, with who and when (wall clock: for showing, not for deadlines).
 *
 * @param by the NAV ident of the author
 */
public record Recorded<T>(T content, String by, Instant at) {
}
