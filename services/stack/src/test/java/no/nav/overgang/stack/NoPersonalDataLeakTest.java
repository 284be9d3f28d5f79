package no.nav.overgang.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import no.nav.overgang.events.TopicSpec;
import no.nav.overgang.events.Topics;
import no.nav.overgang.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 7: runs the end-to-end flow with synthetic persons, captures every log event of the JVM and every record of
 * every topic, and asserts that no national id appears outside the fields that must carry it: the source formats
 * (inbound and source topics), {@code payload.nationalId} of MilestoneRecorded and ConferenceRequested, and the
 * original input inside {@code payload.originalPayload} of a DeadLetterRecorded. Never in a Kafka key, a log line or
 * the evaluators' and administrators' aggregate views.
 */
class NoPersonalDataLeakTest {

    private static final Duration FLOW = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> CARRIERS = Set.of("MilestoneRecorded", "ConferenceRequested");

    private final CapturingAppender appender = new CapturingAppender();
    private Logger root;
    private Logger application;
    private Level applicationLevel;

    @BeforeEach
    void captureAllLogOutput() {
        // the services first: Spring Boot (re)initialises Logback when the first context starts
        TestStack.shared();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        appender.setContext(context);
        appender.setName("no-leak-capture");
        appender.start();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        // every level the application logs at, not only what the console shows
        application = context.getLogger("no.nav.overgang");
        applicationLevel = application.getLevel();
        application.setLevel(Level.TRACE);
    }

    @AfterEach
    void stopCapturing() {
        if (root != null) {
            root.detachAppender(appender);
            application.setLevel(applicationLevel);
        }
        appender.stop();
    }

    @Test
    void no_national_id_leaks_into_keys_logs_or_aggregate_views() throws Exception {
        String office = TestStack.ownOffice();
        List<String> ids = new ArrayList<>();

        // week-39 notices over HTTP; twelve persons so at least one lands in a pilot arm (all control: (1/3)^12)
        List<String> caseKeys = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String nationalId = TestStack.newPerson();
            ids.add(nationalId);
            caseKeys.add(TestStack.CASE_KEYS.caseKey(nationalId));
            assertThat(TestStack.postMilestone(TestStack.week39("leak-" + UUID.randomUUID(), nationalId, office))
                    .getStatusCode().value()).isEqualTo(202);
        }

        // invalid input on the inbound topic: a bad check digit, and a valid id at an office that is no office
        String valid = TestStack.newPerson();
        String badCheckDigit = valid.substring(0, 10) + (char) ('0' + (valid.charAt(10) - '0' + 1) % 10);
        String badOfficePerson = TestStack.newPerson();
        ids.add(badCheckDigit);
        ids.add(badOfficePerson);
        String badDigitEvent = "leak-bad-digit-" + UUID.randomUUID();
        String badOfficeEvent = "leak-bad-office-" + UUID.randomUUID();
        try (TopicProbe probe = new TopicProbe(bootstrapServers())) {
            probe.send(Topics.MILESTONE_INBOUND.name(), "ref-" + UUID.randomUUID(),
                    TestStack.week39(badDigitEvent, badCheckDigit, office));
            probe.send(Topics.MILESTONE_INBOUND.name(), "ref-" + UUID.randomUUID(),
                    TestStack.week39(badOfficeEvent, badOfficePerson, "03X5"));
            probe.readAll(Topics.MILESTONE_DEAD_LETTERS.name(), FLOW, records -> records.stream()
                    .filter(r -> r.value().contains(badDigitEvent) || r.value().contains(badOfficeEvent)).count() >= 2);
        }

        // an adviser reads a conference; it is held with an outcome, so a handover exists
        List<Map<String, Object>> conferences = await().atMost(FLOW).until(
                () -> TestStack.getList(ServiceKind.CONFERENCE, TestStack.adviser(office), "/api/conferences"),
                list -> !list.isEmpty());
        String conferenceId = (String) conferences.getFirst().get("id");
        String details = TestStack.client(ServiceKind.CONFERENCE, TestStack.adviser(office)).get()
                .uri("/api/conferences/{id}", conferenceId).retrieve().body(String.class);
        assertThat(details).isNotBlank();
        TestStack.holdWithOutcome(conferenceId, office);
        await().atMost(FLOW).until(
                () -> TestStack.getList(ServiceKind.HANDOVER, TestStack.caseworker("4402"), "/api/handovers"),
                handovers -> handovers.stream().anyMatch(h -> conferenceId.equals(h.get("conferenceId"))));

        // the aggregate and administrative views
        String cohort = await().atMost(FLOW).until(
                () -> TestStack.client(ServiceKind.COORDINATOR, TestStack.admin()).get().uri("/api/cohort?limit=1000")
                        .retrieve().body(String.class),
                body -> caseKeys.stream().allMatch(body::contains));
        String summary = TestStack.client(ServiceKind.METRICS, TestStack.admin()).get().uri("/api/metrics/summary")
                .retrieve().body(String.class);

        List<String> leaks = new ArrayList<>();
        leaks.addAll(leaksIn("GET /api/cohort (admin)", cohort, ids));
        leaks.addAll(leaksIn("GET /api/metrics/summary (admin)", summary, ids));
        Set<String> carriers = new java.util.TreeSet<>();
        leaks.addAll(kafkaLeaks(ids, carriers));
        for (String line : appender.lines) {
            for (String id : ids) {
                if (line.contains(id)) {
                    leaks.add("log line of " + line.substring(0, line.indexOf('\u0000')) + " contains " + mask(id));
                }
            }
        }
        assertThat(appender.lines).as("log events captured").isNotEmpty();
        // not vacuous: the ids were read where they must be
        assertThat(carriers).as("where the ids were found as they must be").contains(
                Topics.MILESTONE_INBOUND.name(), "MilestoneRecorded /payload/nationalId",
                "ConferenceRequested /payload/nationalId", "DeadLetterRecorded /payload/originalPayload");
        assertThat(leaks).as("national ids outside the fields that must carry them").isEmpty();
    }

    private static List<String> kafkaLeaks(List<String> ids, Set<String> carriers) throws Exception {
        List<String> leaks = new ArrayList<>();
        Set<String> existing;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            existing = admin.listTopics().names().get();
        }
        try (TopicProbe probe = new TopicProbe(bootstrapServers())) {
            for (TopicSpec topic : Topics.ALL) {
                if (!existing.contains(topic.name())) {
                    continue;
                }
                boolean source = topic.name().equals(Topics.MILESTONE_INBOUND.name())
                        || topic.name().startsWith("overgang.source.");
                for (ConsumerRecord<String, String> record : probe.readAll(topic.name(), FLOW, new Quiet())) {
                    String where = topic.name() + "/" + record.partition() + "/" + record.offset();
                    for (String id : ids) {
                        if (record.key() != null && record.key().contains(id)) {
                            leaks.add(where + " key contains " + mask(id));
                        }
                    }
                    if (record.value() == null) {
                        continue;
                    }
                    if (source) {
                        if (ids.stream().anyMatch(record.value()::contains)) {
                            carriers.add(topic.name());
                        }
                    } else {
                        leaks.addAll(valueLeaks(where, record.value(), ids, carriers));
                    }
                }
            }
        }
        return leaks;
    }

    /** Every occurrence of an id in a record value outside the fields that must carry it, parsed as JSON. */
    private static List<String> valueLeaks(String where, String value, List<String> ids, Set<String> carriers) {
        if (ids.stream().noneMatch(value::contains)) {
            return List.of();
        }
        JsonNode event;
        try {
            event = JSON.readTree(value);
        } catch (RuntimeException e) {
            return leaksIn(where + " (value is not JSON)", value, ids);
        }
        String type = event.path("eventType").asString("");
        List<String> leaks = new ArrayList<>();
        walk(event, "", (path, text) -> {
            boolean allowed = CARRIERS.contains(type) && path.equals("/payload/nationalId")
                    || "DeadLetterRecorded".equals(type) && path.equals("/payload/originalPayload");
            if (!allowed) {
                leaks.addAll(leaksIn(where + " " + type + " field " + path, text, ids));
            } else if (ids.stream().anyMatch(text::contains)) {
                carriers.add(type + " " + path);
            }
        });
        return leaks;
    }

    private interface Visitor {
        void visit(String path, String text);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path + "/" + field.getKey();
                visitor.visit(child + " (name)", field.getKey());
                walk(field.getValue(), child, visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visitor);
            }
        } else if (node.isValueNode()) {
            visitor.visit(path, node.isString() ? node.asString() : node.toString());
        }
    }

    private static List<String> leaksIn(String where, String text, Collection<String> ids) {
        return ids.stream().filter(text::contains).map(id -> where + " contains " + mask(id)).toList();
    }

    /** Enough of the id to tell which it was, not the id itself. */
    private static String mask(String id) {
        return id.substring(0, 2) + "*******" + id.substring(9);
    }

    private static String bootstrapServers() {
        return TestStack.shared().context(ServiceKind.INTAKE).getEnvironment()
                .getRequiredProperty("spring.kafka.bootstrap-servers");
    }

    /** Done reading a topic once nothing new has arrived for two seconds: everything the flow produced is there. */
    private static final class Quiet implements java.util.function.Predicate<List<ConsumerRecord<String, String>>> {
        private int size = -1;
        private long since = System.nanoTime();

        @Override
        public boolean test(List<ConsumerRecord<String, String>> records) {
            if (records.size() != size) {
                size = records.size();
                since = System.nanoTime();
                return false;
            }
            return System.nanoTime() - since > Duration.ofSeconds(2).toNanos();
        }
    }

    /** Every log event of the JVM as text: logger, level, formatted message, MDC and throwable. */
    private static final class CapturingAppender extends AppenderBase<ILoggingEvent> {
        final Collection<String> lines = new ConcurrentLinkedQueue<>();

        @Override
        protected void append(ILoggingEvent event) {
            String throwable = event.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(event.getThrowableProxy());
            String mdc = event.getMDCPropertyMap().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
            lines.add(event.getLoggerName() + " " + event.getLevel() + "\u0000" + event.getFormattedMessage()
                    + " " + mdc + " " + throwable);
        }
    }
}
