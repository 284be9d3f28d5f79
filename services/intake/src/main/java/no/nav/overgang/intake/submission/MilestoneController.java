package no.nav.overgang.intake.submission;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.intake.IntakeProperties;

/** HTTP intake for source systems without Kafka and for corrections by pilot administrators. */
@RestController
@RequestMapping("/api/milestones")
public class MilestoneController {

    private final MilestoneIntake intake;
    private final IntakeProperties properties;

    public MilestoneController(MilestoneIntake intake, IntakeProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    /**
     * One milestone in the submission format (docs/EVENTS.md). 202 when recorded, 200 when it was a duplicate of an
     * earlier submission, 400 with a problem description when invalid, 413 when larger than the limit, 409 when the id was used for other content.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('SOURCE_SYSTEM', 'PILOT_ADMIN')")
    public ResponseEntity<MilestoneIntake.Accepted> submit(HttpServletRequest request) throws IOException {
        MilestoneIntake.Accepted accepted = intake.accept(boundedBody(request), "http");
        return ResponseEntity.status(accepted.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(accepted);
    }

    /** Reads at most one byte past the limit, so an oversized body is refused without being read into memory. */
    private byte[] boundedBody(HttpServletRequest request) throws IOException {
        int limit = properties.maxPayloadBytes();
        if (request.getContentLengthLong() > limit) {
            throw MilestoneIntake.tooLarge(limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw MilestoneIntake.tooLarge(limit);
            }
            return body;
        }
    }
}
