package no.nav.overgang.intake.deadletter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.nav.overgang.platform.security.CurrentUser;
import no.nav.overgang.platform.web.NotFoundException;

/**
 * The intake's dead letters for pilot administrators: counts by reason, a masked preview of each (no national id
 * is ever shown), and re-drive once the source has fixed the cause.
 */
@RestController
@RequestMapping("/api/dead-letters")
@PreAuthorize("hasRole('PILOT_ADMIN')")
@Tag(name = "dead letters", description = "Refused milestone input: see why, re-drive once fixed")
public class DeadLetterController {

    private static final int MAX_LIMIT = 500;

    private final DeadLetterStore store;
    private final DeadLetterRedrive redrive;

    public DeadLetterController(DeadLetterStore store, DeadLetterRedrive redrive) {
        this.store = store;
        this.redrive = redrive;
    }

    @GetMapping
    @Operation(summary = "Open (or re-driven) dead letters, newest first, with the open ones counted by reason")
    public Overview list(@RequestParam(required = false) String reason,
                         @RequestParam(defaultValue = "false") boolean redriven,
                         @RequestParam(defaultValue = "100") int limit) {
        Map<String, Long> byReason = store.openByReason();
        List<Letter> letters = store.list(reason, redriven, Math.clamp(limit, 1, MAX_LIMIT)).stream()
                .map(Letter::of).toList();
        return new Overview(byReason.values().stream().mapToLong(Long::longValue).sum(), store.redrivenCount(),
                byReason, letters);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One dead letter, masked")
    public Letter one(@PathVariable UUID id) {
        return store.find(id).map(Letter::of).orElseThrow(() -> new NotFoundException("no dead letter " + id));
    }

    @PostMapping("/{id}/redrive")
    @Operation(summary = "Publish the original again to the topic it came from; a second call changes nothing")
    public DeadLetterRedrive.Result redriveOne(@PathVariable UUID id) {
        DeadLetterRedrive.Result result = redrive.redrive(id, CurrentUser.get().navIdent());
        if (result.outcome() == DeadLetterRedrive.Outcome.NOT_FOUND) {
            throw new NotFoundException("no dead letter " + id);
        }
        return result;
    }

    @PostMapping("/redrive")
    @Operation(summary = "Re-drive many; each letter on its own, with its outcome")
    public List<DeadLetterRedrive.Result> redriveMany(@RequestBody RedriveRequest request) {
        String by = CurrentUser.get().navIdent();
        return request.ids().stream().distinct().map(id -> redrive.redrive(id, by)).toList();
    }

    public record RedriveRequest(List<UUID> ids) {
    }

    /**
     * @param open     letters not re-driven yet
     * @param byReason open letters per reason code
     */
    public record Overview(long open, long redriven, Map<String, Long> byReason, List<Letter> letters) {
    }

    /** A letter as administrators see it: every run of 11 digits masked, the original only as a preview. */
    public record Letter(UUID id, Instant recordedAt, String sourceTopic, Integer partition, Long offset,
                         String reason, String detail, String preview, Instant redrivenAt, String redrivenBy) {

        static Letter of(DeadLetterStore.StoredLetter stored) {
            return new Letter(stored.id(), stored.recordedAt(), stored.sourceTopic(), stored.partition(),
                    stored.offset(), stored.reason(), Masking.mask(stored.detail()),
                    Masking.preview(stored.originalPayload(), stored.encoding()), stored.redrivenAt(),
                    stored.redrivenBy());
        }
    }
}
