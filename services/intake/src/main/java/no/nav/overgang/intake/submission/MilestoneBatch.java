package no.nav.overgang.intake.submission;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.InvalidEventException;
import no.nav.overgang.events.InvalidEventException.Reason;
import no.nav.overgang.intake.IntakeProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Many submissions in one request, for systems without Kafka and for administrators' corrections. Each item is
 * judged on its own: the valid ones are recorded, the others reported with their problems; nothing valid is lost
 * because a neighbour was wrong. The batch is one database transaction, so it costs one commit.
 */
@Service
public class MilestoneBatch {

    static final String CHANNEL = "http-batch";

    private final MilestoneIntake intake;
    private final TransactionTemplate transactions;
    private final IntakeProperties properties;

    public MilestoneBatch(MilestoneIntake intake, TransactionTemplate transactions, IntakeProperties properties) {
        this.intake = intake;
        this.transactions = transactions;
        this.properties = properties;
    }

    public Result accept(byte[] body) {
        JsonNode items = array(body);
        return transactions.execute(status -> {
            List<Item> results = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                results.add(accept(i, items.get(i)));
            }
            return Result.of(results);
        });
    }

    private Item accept(int index, JsonNode item) {
        String eventId = item.path("eventId").isString() ? item.get("eventId").asString() : null;
        try {
            MilestoneIntake.Accepted accepted = intake.accept(EventJson.mapper().writeValueAsBytes(item), CHANNEL);
            return new Item(index, eventId, accepted.duplicate() ? Status.DUPLICATE : Status.RECORDED, List.of());
        } catch (InvalidEventException e) {
            List<String> problems = new ArrayList<>();
            problems.add(e.reason().name());
            problems.addAll(e.problems());
            return new Item(index, eventId, Status.INVALID, problems);
        } catch (ConflictingMilestoneException e) {
            return new Item(index, eventId, Status.CONFLICT, List.of(e.getMessage()));
        }
    }

    private JsonNode array(byte[] body) {
        JsonNode items;
        try {
            items = EventJson.mapper().readTree(body);
        } catch (JacksonException e) {
            throw new InvalidEventException(Reason.MALFORMED_JSON, List.of("the batch is not well-formed JSON"));
        }
        if (items == null || !items.isArray()) {
            throw new InvalidEventException(Reason.MALFORMED_JSON, List.of("the batch must be a JSON array"));
        }
        if (items.size() > properties.maxBatchItems()) {
            throw new InvalidEventException(Reason.PAYLOAD_TOO_LARGE,
                    List.of("a batch may carry at most " + properties.maxBatchItems() + " submissions"));
        }
        return items;
    }

    public enum Status {
        /** Recorded now: a canonical milestone will be published. */
        RECORDED,
        /** This source event id was recorded before with the same content: nothing more happens. */
        DUPLICATE,
        /** Refused: see the problems (the first is the reason code). */
        INVALID,
        /** This source event id was recorded before with other content; send corrections with a new id. */
        CONFLICT
    }

    /**
     * @param index    the item's position in the request, from 0
     * @param eventId  the item's {@code eventId}, when it had one
     * @param problems what was wrong, naming fields and rules, never values; empty when recorded
     */
    public record Item(int index, String eventId, Status status, List<String> problems) {
    }

    /** The items' results in request order, with how many ended in each status. */
    public record Result(long recorded, long duplicate, long invalid, long conflict, List<Item> items) {

        static Result of(List<Item> items) {
            return new Result(count(items, Status.RECORDED), count(items, Status.DUPLICATE),
                    count(items, Status.INVALID), count(items, Status.CONFLICT), List.copyOf(items));
        }

        private static long count(List<Item> items, Status status) {
            return items.stream().filter(item -> item.status() == status).count();
        }
    }
}
