package no.nav.overgang.proof.faults;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.simulator.CaseHistories;
import no.nav.overgang.simulator.SimulationSettings;
import no.nav.overgang.simulator.SourceRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * The history both runs replay: the simulator's synthetic histories with at least {@code milestones} canonical
 * milestones, and 5 % bad source events mixed in (of all records published). Everything follows from the seed and
 * {@code until}, so both runs publish the same records in the same order, to the same partitions.
 *
 * @param records    what is published, in order: the good records in business-time order, the bad ones among
 *                   them (a conflict after the milestone it repeats)
 * @param bad        the bad records among them
 * @param milestones how many good records become canonical milestones
 * @param persons    how many synthetic persons
 * @param asOf       the date the analysis dataset is read as of: the last day of the history
 */
public record FaultHistory(List<SourceRecord> records, List<BadEvent> bad, long milestones, int persons,
                           LocalDate asOf) {

    /** The share of bad records among all records published. */
    static final double BAD_SHARE = 0.05;

    private static final Map<String, Fields> FIELDS = Map.of(
            Topics.SOURCE_SYKEPENGER.name(), new Fields("@id", "@event_name", "oppfølgingsenhet"),
            Topics.SOURCE_AAP.name(), new Fields("hendelseId", "hendelsestype", "navKontor"),
            Topics.SOURCE_UFORETRYGD.name(), new Fields("hendelseId", "hendelsestype", "navKontor"),
            Topics.MILESTONE_INBOUND.name(), new Fields("eventId", null, "office"));

    /** The names of a source format's id, event name (null: none) and office fields. */
    private record Fields(String id, String event, String office) {
    }

    public static FaultHistory generate(long minimumMilestones, long seed, Instant until) {
        SimulationSettings base = SimulationSettings.defaults("unused");
        SimulationSettings sample = new SimulationSettings(1000, until.atZone(ZoneOffset.UTC).toLocalDate().minusMonths(24),
                base.entryWindowDays(), until, base.offices(), seed, base.pilotShare(), base.hazardRatio(), 0,
                "unused", null);
        double perPerson = Math.max(1, new CaseHistories(sample).generate().milestones() / 1000.0);
        int persons = (int) Math.ceil(minimumMilestones / perPerson);
        CaseHistories.Simulation simulation;
        do {
            simulation = new CaseHistories(sample.withPersons(persons)).generate();
            persons += Math.max(1, persons / 50);
        } while (simulation.milestones() < minimumMilestones);
        return withBadEvents(simulation, seed, simulation.persons().size(),
                until.truncatedTo(ChronoUnit.DAYS).atZone(ZoneOffset.UTC).toLocalDate());
    }

    private static FaultHistory withBadEvents(CaseHistories.Simulation simulation, long seed, int persons,
                                              LocalDate asOf) {
        List<SourceRecord> good = simulation.records();
        int badCount = (int) Math.ceil(good.size() * BAD_SHARE / (1 - BAD_SHARE));
        SplittableRandom random = new SplittableRandom(seed ^ 0x5eed_bad0L);
        // the good records after which a bad one follows; several may follow the same record
        int[] after = new int[badCount];
        for (int i = 0; i < badCount; i++) {
            after[i] = random.nextInt(good.size());
        }
        Arrays.sort(after);
        List<SourceRecord> records = new ArrayList<>(good.size() + badCount);
        List<BadEvent> bad = new ArrayList<>(badCount);
        int next = 0;
        SourceRecord lastMilestone = null;
        for (int i = 0; i < good.size(); i++) {
            SourceRecord record = good.get(i);
            records.add(record);
            if (record.milestone()) {
                lastMilestone = record;
            }
            while (next < badCount && after[next] == i) {
                BadEvent.Kind kind = kind(random.nextInt(10), record, lastMilestone != null);
                // a conflict repeats a milestone already published (only milestones are judged on their content)
                SourceRecord made = spoil(kind == BadEvent.Kind.CONFLICT ? lastMilestone : record, kind, next, random);
                records.add(made);
                bad.add(new BadEvent(kind, kind.reason(), made.topic(), made.value()));
                next++;
            }
        }
        return new FaultHistory(List.copyOf(records), List.copyOf(bad), simulation.milestones(), persons, asOf);
    }

    /** 40 % conflicts, 20 % each of the others (schema-invalid where the format has no event name). */
    private static BadEvent.Kind kind(int draw, SourceRecord record, boolean milestoneSeen) {
        boolean sourceFormat = FIELDS.get(record.topic()).event() != null;
        if (draw < 4) {
            return milestoneSeen ? BadEvent.Kind.CONFLICT : BadEvent.Kind.MALFORMED;
        }
        if (draw < 6) {
            return BadEvent.Kind.MALFORMED;
        }
        if (draw < 8 || !sourceFormat) {
            return BadEvent.Kind.SCHEMA_INVALID;
        }
        return BadEvent.Kind.UNKNOWN_TYPE;
    }

    private static SourceRecord spoil(SourceRecord record, BadEvent.Kind kind, int n, SplittableRandom random) {
        Fields fields = FIELDS.get(record.topic());
        byte[] value;
        if (kind == BadEvent.Kind.MALFORMED) {
            value = Arrays.copyOf(record.value(), 1 + random.nextInt(record.value().length - 1));
        } else {
            ObjectNode json = (ObjectNode) EventJson.parse(record.value());
            switch (kind) {
                case CONFLICT -> json.put(fields.office(), otherOffice(json.get(fields.office()).asString()));
                case SCHEMA_INVALID -> json.put(fields.office(), "kontor-" + n);
                case UNKNOWN_TYPE -> json.put(fields.event(), "ukjent_hendelse_" + (n % 7));
                default -> throw new IllegalStateException();
            }
            if (kind != BadEvent.Kind.CONFLICT) {
                String id = UUID.nameUUIDFromBytes(("bad-" + n).getBytes(StandardCharsets.UTF_8)).toString();
                json.put(fields.id(), fields.event() == null ? "bad-" + id : id);
            }
            value = EventJson.mapper().writeValueAsBytes(json);
        }
        return new SourceRecord(record.occurredAt(), record.topic(), record.key(), record.eventId(),
                "bad:" + kind, false, value);
    }

    private static String otherOffice(String office) {
        return office.equals("0315") ? "0312" : "0315";
    }

    /** Good records only. */
    public long goodRecords() {
        return records.size() - bad.size();
    }
}
