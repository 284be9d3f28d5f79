package no.nav.overgang.proof.faults;

/**
 * What the comparison needs of one event read from a topic.
 *
 * @param id      its {@code eventId}
 * @param type    its {@code eventType}
 * @param caseKey its case key; empty on dead letters
 * @param detail  what matters of its payload for this type: the arm of an ArmAssigned, the conference of a
 *                ConferenceCreated or HandoverCreated, the reason, topic and bytes of a dead letter; empty otherwise
 * @param note    of a dead letter: which consumer refused it and why, for the report; empty otherwise
 */
record Event(String id, String type, String caseKey, String detail, String note) {
}
