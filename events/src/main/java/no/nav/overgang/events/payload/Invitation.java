package no.nav.overgang.events.payload;

/**
 * An invitation to a conference role.
 *
 * @param unit the office or unit (enhet) whose staff fills the role; the medical adviser pool for the adviser
 */
public record Invitation(ParticipantRole role, String unit) {
}
