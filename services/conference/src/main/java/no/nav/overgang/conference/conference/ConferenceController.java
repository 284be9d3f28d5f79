package no.nav.overgang.conference.conference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.events.payload.Invitation;
import no.nav.overgang.events.payload.MeasuresAuthority;
import no.nav.overgang.platform.security.CurrentUser;

/** The conference API; pages for the three roles build on it in the conference issue. */
@RestController
@RequestMapping("/api/conferences")
public class ConferenceController {

    private final ConferenceService service;

    public ConferenceController(ConferenceService service) {
        this.service = service;
    }

    /** The conferences of the adviser's own offices, without national ids. */
    @GetMapping
    @PreAuthorize("hasRole('NAV_OFFICE_ADVISER')")
    public List<ConferenceSummary> mine() {
        return service.forMyOffices(CurrentUser.get()).stream().map(ConferenceSummary::of).toList();
    }

    /** One conference with the person it concerns; audit-logged. */
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('NAV_OFFICE_ADVISER', 'BENEFITS_CASEWORKER', 'MEDICAL_ADVISER')")
    public ConferenceDetails one(@PathVariable UUID id, HttpServletRequest request) {
        return ConferenceDetails.of(service.read(CurrentUser.get(), id, resource(request)));
    }

    @PostMapping("/{id}/held")
    @PreAuthorize("hasRole('NAV_OFFICE_ADVISER')")
    public ConferenceSummary held(@PathVariable UUID id, HttpServletRequest request) {
        return ConferenceSummary.of(service.markHeld(CurrentUser.get(), id, resource(request)));
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize("hasRole('NAV_OFFICE_ADVISER')")
    public ConferenceSummary outcome(@PathVariable UUID id, @Valid @RequestBody Outcome outcome,
                                     HttpServletRequest request) {
        return ConferenceSummary.of(service.recordOutcome(CurrentUser.get(), id, outcome, resource(request)));
    }

    private static String resource(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    public record ConferenceSummary(UUID id, String office, String benefitsUnit, MeasuresAuthority measuresAuthority,
                                    ConferenceStatus status, Instant requestedAt) {

        static ConferenceSummary of(CaseConference c) {
            return new ConferenceSummary(c.id(), c.office(), c.benefitsUnit(), c.measuresAuthority(), c.status(),
                    c.requestedAt());
        }
    }

    public record ConferenceDetails(UUID id, String nationalId, String office, String benefitsUnit,
                                    MeasuresAuthority measuresAuthority, ConferenceStatus status, Instant requestedAt,
                                    String explanation, List<Invitation> invitations, Outcome outcome) {

        static ConferenceDetails of(CaseConference c) {
            return new ConferenceDetails(c.id(), c.nationalId(), c.office(), c.benefitsUnit(), c.measuresAuthority(),
                    c.status(), c.requestedAt(), c.explanation(), c.invitations(), c.outcome());
        }
    }
}
