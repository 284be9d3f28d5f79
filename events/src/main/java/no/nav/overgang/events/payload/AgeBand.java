package no.nav.overgang.events.payload;

import java.time.LocalDate;
import java.time.Period;

import no.nav.overgang.events.person.BirthDates;

/**
 * The person's age band (aldersgruppe) on the index date, a stratum of the evaluation. Coarse on purpose: the band
 * travels on {@code overgang.case.v1} instead of the national id or the date of birth.
 */
public enum AgeBand {
    UNDER_30(0),
    FROM_30_TO_39(30),
    FROM_40_TO_49(40),
    FROM_50_TO_59(50),
    FROM_60(60);

    private final int fromAge;

    AgeBand(int fromAge) {
        this.fromAge = fromAge;
    }

    /** The band of an age in whole years; null for a negative age. */
    public static AgeBand ofAge(int years) {
        if (years < 0) {
            return null;
        }
        AgeBand band = UNDER_30;
        for (AgeBand candidate : values()) {
            if (years >= candidate.fromAge) {
                band = candidate;
            }
        }
        return band;
    }

    /** The band on {@code indexDate} of someone born on {@code birthDate}; null when born after the index date. */
    public static AgeBand at(LocalDate birthDate, LocalDate indexDate) {
        return birthDate.isAfter(indexDate) ? null : ofAge(Period.between(birthDate, indexDate).getYears());
    }

    /**
     * The band on {@code indexDate} of the person with this fødselsnummer or D-number (synthetic test ids included,
     * {@link BirthDates}); null when the id holds no date of birth, so the event carries no band ("unknown").
     */
    public static AgeBand atIndexDate(String nationalId, LocalDate indexDate) {
        return BirthDates.of(nationalId).map(birth -> at(birth, indexDate)).orElse(null);
    }
}
