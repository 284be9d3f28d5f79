package no.nav.overgang.events.payload;

/** Result of a vedtak on uføretrygd. */
public enum DisabilityDecisionResult {
    GRANTED,
    PARTLY_GRANTED,
    REFUSED
}
