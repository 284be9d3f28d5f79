package no.nav.overgang.coordinator.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.events.payload.SourceSystem;

/** A case in the pilot cohort, as the coordinator keeps it. */
public record PilotCase(
        String caseKey,
        String nationalId,
        String office,
        SourceSystem sourceBenefit,
        LocalDate indexDate,
        Instant enteredAt,
        String ruleId,
        int ruleVersion,
        Map<String, String> facts,
        String explanation,
        String stratum,
        String arm,
        boolean pilot,
        MeasuresAuthority measuresAuthority,
        String method,
        int methodVersion,
        CaseState state,
        UUID conferenceId) {

    @Override
    public String toString() {
        return "PilotCase[" + caseKey + ", arm " + arm + ", " + state + "]";
    }
}
