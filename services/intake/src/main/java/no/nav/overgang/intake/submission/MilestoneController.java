package no.nav.overgang.intake.submission;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** HTTP intake for source systems without Kafka and for corrections by pilot administrators. */
@RestController
@RequestMapping("/api/milestones")
public class MilestoneController {

    private final MilestoneIntake intake;

    public MilestoneController(MilestoneIntake intake) {
        this.intake = intake;
    }

    /**
     * One milestone in the submission format (docs/EVENTS.md). 202 when recorded, 200 when it was a duplicate of an
     * earlier submission, 400 with a problem description when invalid, 409 when the id was used for other content.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('SOURCE_SYSTEM', 'PILOT_ADMIN')")
    public ResponseEntity<MilestoneIntake.Accepted> submit(@RequestBody byte[] body) {
        MilestoneIntake.Accepted accepted = intake.accept(body, "http");
        return ResponseEntity.status(accepted.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(accepted);
    }
}
