package no.nav.overgang.conference.conference;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import no.nav.overgang.conference.routing.RoutingProperties;
import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventType;
import no.nav.overgang.events.payload.ConferenceCreated;
import no.nav.overgang.events.payload.ConferenceRequested;
import no.nav.overgang.events.payload.InvitationAnswer;
import no.nav.overgang.events.payload.ParticipantRole;
import no.nav.overgang.platform.consumer.EventHandler;
import no.nav.overgang.platform.outbox.Outbox;

/** Creates the requested conference and invites the three roles. */
@Component
public class ConferenceRequestedHandler implements EventHandler<ConferenceRequested> {

    static final String SERVICE = "overgang-conference";

    private final ConferenceRepository conferences;
    private final RoutingProperties routing;
    private final Outbox outbox;
    private final Clock clock;

    public ConferenceRequestedHandler(ConferenceRepository conferences, RoutingProperties routing, Outbox outbox,
                                      Clock clock) {
        this.conferences = conferences;
        this.routing = routing;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public EventType eventType() {
        return EventType.CONFERENCE_REQUESTED;
    }

    @Override
    public void handle(EventEnvelope<ConferenceRequested> event) {
        ConferenceRequested request = event.payload();
        String unit = routing.unitFor(request.office());
        List<Participant> invited = List.of(
                invited(ParticipantRole.NAV_OFFICE, request.office()),
                invited(ParticipantRole.BENEFITS_UNIT, unit),
                invited(ParticipantRole.MEDICAL_ADVISER, routing.medicalAdviserPool()));
        CaseConference conference = new CaseConference(request.conferenceId(), event.caseKey(), request.nationalId(),
                request.office(), unit, request.arm(), request.measuresAuthority(), ConferenceStatus.REQUESTED,
                event.occurredAt(), request.explanation(), invited, null, null, null, null, null,
                new CaseConference.EventChain(event.correlationId(), event.eventId()));
        if (conferences.create(conference)) {
            outbox.add(event.cause(new ConferenceCreated(conference.id(), request.arm(), request.office(), unit,
                    conference.invitations()), clock.instant(), SERVICE, null));
        }
    }

    private static Participant invited(ParticipantRole role, String unit) {
        return new Participant(role, unit, InvitationAnswer.PENDING, null, null);
    }
}
