package no.nav.overgang.coordinator.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.SourceSystem;

/** Cases as they stand right after entry on Monday 2 March 2026, for domain tests. */
public final class Cases {

    public static final Instant ENTERED_AT = Instant.parse("2026-03-02T09:00:00Z");

    private Cases() {
    }

    public static PilotCase pilotCaseJustEntered() {
        return entered("pilot-office", true, CaseState.CONFERENCE_REQUESTED, SourceSystem.SYKEPENGER);
    }

    public static PilotCase controlCaseJustEntered() {
        return entered("control", false, CaseState.ENTERED, SourceSystem.SYKEPENGER);
    }

    public static PilotCase entered(String arm, boolean pilot, CaseState state, SourceSystem source) {
        return new PilotCase("9f2c4e1a7b3d5f60a1b2c3d4e5f60718", "15436840087", "0315", source,
                LocalDate.parse("2026-03-02"), ENTERED_AT, "sykepenger-week39", 2, Map.of("milestone", "WEEK_39_NOTICE"),
                "entered because: week-39 notice on 2026-03-02", source.name() + "|0315", arm, pilot,
                pilot ? MeasuresAuthority.NAV_OFFICE : null, "keyed-hash", 1, state,
                pilot ? UUID.fromString("1a2b3c4d-5e6f-4071-8293-a4b5c6d7e8f9") : null,
                UUID.fromString("5b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3"), null, null, null, null, 1,
                pilot ? ENTERED_AT : null, null, null);
    }
}
