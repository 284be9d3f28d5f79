package no.nav.overgang.stack.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import no.nav.overgang.events.Topics;

/**
 * A small demo pilot for the local run: milestones for synthetic persons, published on the intake's inbound topic
 * as a source system would. The event ids are fixed, so seeding again on every start changes nothing. (The full
 * simulator with realistic case histories is issue 3.)
 */
public final class DemoSeed {

    private static final List<String> OFFICES = List.of("0315", "0312", "1201");

    private DemoSeed() {
    }

    /** Publishes the demo milestones; returns how many. */
    public static int publish(String bootstrapServers, int persons) {
        List<String> submissions = submissions(persons);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (int i = 0; i < submissions.size(); i++) {
                producer.send(new ProducerRecord<>(Topics.MILESTONE_INBOUND.name(), "demo-" + i, submissions.get(i)));
            }
            producer.flush();
        }
        return submissions.size();
    }

    static List<String> submissions(int persons) {
        SplittableRandom random = new SplittableRandom(2026);
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        List<String> out = new ArrayList<>();
        for (int p = 0; p < persons; p++) {
            LocalDate birth = LocalDate.of(1950 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String id = SyntheticNationalIds.generate(birth, random);
            String office = OFFICES.get(random.nextInt(OFFICES.size()));
            Instant sick = start.plus(random.nextInt(60), ChronoUnit.DAYS);
            out.add(submission("demo-%d-start".formatted(p), "SYKEPENGER", "SICK_LEAVE_STARTED", id, office, sick, "{}"));
            Instant week39 = sick.plus(39 * 7, ChronoUnit.DAYS);
            if (week39.isBefore(Instant.now())) {
                int left = 50 + random.nextInt(15);
                out.add(submission("demo-%d-week39".formatted(p), "SYKEPENGER", "WEEK_39_NOTICE", id, office, week39,
                        "{\"remainingBenefitDays\":%d}".formatted(left)));
            }
        }
        return out;
    }

    private static String submission(String eventId, String source, String milestone, String nationalId,
                                     String office, Instant occurredAt, String details) {
        return """
                {"eventId":"%s","source":"%s","milestone":"%s","nationalId":"%s","office":"%s","occurredAt":"%s","details":%s}"""
                .formatted(eventId, source, milestone, nationalId, office, occurredAt, details);
    }
}
