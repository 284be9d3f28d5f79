package no.nav.overgang.intake.source;

import java.util.UUID;

/** Source events as NAV's systems publish them, for synthetic persons (month + 40). */
final class SourceFixtures {

    static final String PERSON = "15436840087";
    static final String OFFICE = "0315";

    private SourceFixtures() {
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A sickness-benefit event; {@code fields} are the event's own, e.g. {@code "skjæringstidspunkt":"2026-01-05"}. */
    static String sykepenger(String id, String eventName, String fields) {
        return sykepenger(id, eventName, PERSON, fields);
    }

    static String sykepenger(String id, String eventName, String nationalId, String fields) {
        return """
                {"@event_name":"%s","@id":"%s","@opprettet":"2026-03-02T10:00:00","fødselsnummer":"%s",
                 "organisasjonsnummer":"910825518","oppfølgingsenhet":"%s","korrelasjonsId":"spell-%s"%s}"""
                .formatted(eventName, id, nationalId, OFFICE, id, fields.isEmpty() ? "" : "," + fields);
    }

    static String payment(String id, int usedDays, int remainingDays, String type) {
        return sykepenger(id, "utbetaling_utbetalt", """
                "utbetalingId":"%s","fom":"2026-02-01","tom":"2026-02-28","forbrukteSykedager":%d,
                "gjenståendeSykedager":%d,"stønadsdager":20,"foreløpigBeregnetSluttPåSykepenger":"2026-02-27",
                "type":"%s","automatiskBehandling":true""".formatted(UUID.randomUUID(), usedDays, remainingDays, type));
    }

    static String aap(String id, String type, String entitlement, String extra) {
        return """
                {"hendelseId":"%s","hendelsestype":"%s","saksnummer":"4LFK2S0","behandlingsreferanse":"%s",
                 "ident":"%s","navKontor":"%s","tidspunkt":"2026-04-01T08:30:00Z","rettighetstype":"%s",
                 "periode":{"fom":"2026-04-01","tom":"2027-03-31"}%s}"""
                .formatted(id, type, UUID.randomUUID(), PERSON, OFFICE, entitlement, extra);
    }

    static String uforetrygd(String id, String type, String extra) {
        return """
                {"hendelseId":"%s","hendelsestype":"%s","sakId":"22004711","fnr":"%s","navKontor":"%s",
                 "tidspunkt":"2026-09-15T12:00:00Z"%s}""".formatted(id, type, PERSON, OFFICE, extra);
    }
}
