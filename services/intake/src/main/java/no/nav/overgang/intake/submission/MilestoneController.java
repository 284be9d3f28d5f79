package no.nav.overgang.intake.submission;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.nav.overgang.events.source.MilestoneSubmission;
import no.nav.overgang.intake.IntakeProperties;

/** HTTP intake for source systems without Kafka and for corrections by pilot administrators. */
@RestController
@RequestMapping("/api/milestones")
@Tag(name = "milestones", description = "Case milestones in the canonical submission format (docs/EVENTS.md)")
public class MilestoneController {

    private final MilestoneIntake intake;
    private final MilestoneBatch batch;
    private final IntakeProperties properties;

    public MilestoneController(MilestoneIntake intake, MilestoneBatch batch, IntakeProperties properties) {
        this.intake = intake;
        this.batch = batch;
        this.properties = properties;
    }

    /**
     * One milestone in the submission format (docs/EVENTS.md). 202 when recorded, 200 when it was a duplicate of an
     * earlier submission, 400 with a problem description when invalid, 413 when larger than the limit, 409 when the id was used for other content.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('SOURCE_SYSTEM', 'PILOT_ADMIN')")
    @Operation(summary = "Submit one milestone",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = MilestoneSubmission.class))),
            responses = {
                    @ApiResponse(responseCode = "202", description = "recorded; a canonical milestone will be published"),
                    @ApiResponse(responseCode = "200", description = "a duplicate of an earlier submission; nothing more happens"),
                    @ApiResponse(responseCode = "400", description = "invalid: the problems name the fields",
                            content = @Content(schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "409", description = "the event id was used before for other content"),
                    @ApiResponse(responseCode = "413", description = "larger than the size limit")})
    public ResponseEntity<MilestoneIntake.Accepted> submit(HttpServletRequest request) throws IOException {
        MilestoneIntake.Accepted accepted = intake.accept(boundedBody(request, properties.maxPayloadBytes()), "http");
        return ResponseEntity.status(accepted.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(accepted);
    }

    /**
     * A JSON array of submissions. 200 with one result per item (index, eventId, status, problems): the valid items
     * are recorded whatever the others are. 400 when the body is not a JSON array, 413 when it is too large.
     */
    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('SOURCE_SYSTEM', 'PILOT_ADMIN')")
    @Operation(summary = "Submit many milestones; each item is judged on its own",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = MilestoneSubmission.class)))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "one result per item, in request order"),
                    @ApiResponse(responseCode = "400", description = "the body is not a JSON array",
                            content = @Content(schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "413", description = "too many items or too many bytes")})
    public MilestoneBatch.Result submitBatch(HttpServletRequest request) throws IOException {
        return batch.accept(boundedBody(request, properties.maxBatchBytes()));
    }

    /** Reads at most one byte past the limit, so an oversized body is refused without being read into memory. */
    private static byte[] boundedBody(HttpServletRequest request, int limit) throws IOException {
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
