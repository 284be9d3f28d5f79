package no.nav.overgang.events.payload;

/** An event that ends a case's follow-up and makes clarification impossible (a competing risk). */
public enum CompetingEvent {
    DIED,
    REACHED_RETIREMENT_AGE
}
