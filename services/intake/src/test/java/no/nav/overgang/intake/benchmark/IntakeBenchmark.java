package no.nav.overgang.intake.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import no.nav.overgang.events.Topics;
import no.nav.overgang.intake.IntakeApplication;
import no.nav.overgang.simulator.CaseHistories;
import no.nav.overgang.simulator.SimulationSettings;
import no.nav.overgang.simulator.SourceRecord;
import no.nav.overgang.testkit.Infrastructure;

/**
 * Pushes N simulated source events through the intake and compares its rate with this machine's ceiling for one
 * such stage: a plain consumer (no framework) that reads the same records in batches, writes each batch and one
 * outbox row per record to PostgreSQL in one transaction (fsync and synchronous commit on), produces one output
 * record per input and commits offsets. Both run on the same broker and database, with the same number of consumer
 * threads, measured from the first record sent to the last one processed. See docs/PERFORMANCE.md.
 *
 * <p>Arguments: [events, default 100000] [consumer threads, default 3].
 */
public final class IntakeBenchmark {

    private static final String PLAIN_IN = "bench.plain.in";
    private static final String PLAIN_OUT = "bench.plain.out";
    private static final List<String> INTAKE_TOPICS = List.of(Topics.MILESTONE_INBOUND.name(),
            Topics.SOURCE_SYKEPENGER.name(), Topics.SOURCE_AAP.name(), Topics.SOURCE_UFORETRYGD.name());

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Infrastructure infra = Infrastructure.shared();
        durableDatabase(infra);
        List<SourceRecord> records = simulated(events);
        System.out.printf("%nIntake benchmark: %,d simulated source events (%,d become milestones), %d consumer threads%n",
                records.size(), records.stream().filter(SourceRecord::milestone).count(), threads);
        System.out.println("database: " + settings(infra));

        double plain = plainStage(infra, records, threads);
        System.out.printf("plain stage (ceiling): %,.0f events/s%n", plain);
        double intake = intake(infra, records, threads);
        System.out.printf("intake:                %,.0f events/s%n", intake);
        System.out.printf("intake / ceiling:      %.2f%n", intake / plain);
        System.exit(0);
    }

    /** Records of enough simulated persons, cut to the number asked for. */
    private static List<SourceRecord> simulated(int events) {
        int persons = Math.max(10, events / 20);
        while (true) {
            SimulationSettings settings = SimulationSettings.defaults(null).withPersons(persons);
            settings = new SimulationSettings(persons, LocalDate.now().minusYears(3), 730, Instant.now(),
                    settings.offices(), 42, 0.5, 1.0, 0, "unused", null);
            List<SourceRecord> records = new CaseHistories(settings).generate().records();
            if (records.size() >= events) {
                return records.subList(0, events);
            }
            persons = persons * 3 / 2;
        }
    }

    private static double intake(Infrastructure infra, List<SourceRecord> records, int threads) throws Exception {
        ConfigurableApplicationContext context = new SpringApplication(IntakeApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + infra.jdbcUrl(),
                "--spring.datasource.username=" + infra.dbUsername(),
                "--spring.datasource.password=" + infra.dbPassword(),
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infra.issuerUri(),
                "--overgang.pseudonymisation.secret=benchmark-secret-not-for-production",
                "--overgang.platform.consumer.concurrency=" + threads,
                "--logging.level.root=WARN");
        try (Admin admin = admin(infra)) {
            awaitUntil(Duration.ofSeconds(60), () -> groupIsStable(admin, "overgang-intake"));
            long started = System.nanoTime();
            send(infra, records, Function.identity());
            Map<TopicPartition, Long> ends = endOffsets(admin, INTAKE_TOPICS);
            awaitUntil(Duration.ofMinutes(30), () -> committedReach(admin, "overgang-intake", ends)
                    && intakeOutboxEmpty(infra));
            return records.size() / ((System.nanoTime() - started) / 1e9);
        } finally {
            context.close();
        }
    }

    private static double plainStage(Infrastructure infra, List<SourceRecord> records, int threads) throws Exception {
        try (Admin admin = admin(infra); Connection db = connect(infra)) {
            admin.createTopics(List.of(new NewTopic(PLAIN_IN, 6, (short) 1), new NewTopic(PLAIN_OUT, 6, (short) 1)))
                    .all().get();
            try (Statement ddl = db.createStatement()) {
                ddl.execute("""
                        CREATE SCHEMA IF NOT EXISTS bench;
                        CREATE TABLE bench.received (topic TEXT, part INT, off BIGINT, payload BYTEA,
                                                     PRIMARY KEY (topic, part, off));
                        CREATE TABLE bench.outbox (id BIGSERIAL PRIMARY KEY, topic TEXT, record_key TEXT, payload BYTEA)""");
            }
        }
        AtomicLong processed = new AtomicLong();
        CountDownLatch assigned = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofPlatform().name("plain-stage-" + i).start(() -> plainWorker(infra, assigned, processed)));
        }
        if (!assigned.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the plain stage's consumers got no partitions");
        }
        long started = System.nanoTime();
        send(infra, records, r -> PLAIN_IN);
        awaitUntil(Duration.ofMinutes(30), () -> processed.get() >= records.size());
        double rate = records.size() / ((System.nanoTime() - started) / 1e9);
        workers.forEach(Thread::interrupt);
        return rate;
    }

    /** One plain consumer: poll a batch, one transaction for its rows and outbox rows, produce, commit offsets. */
    private static void plainWorker(Infrastructure infra, CountDownLatch assigned, AtomicLong processed) {
        Properties consumerConfig = new Properties();
        consumerConfig.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-plain-stage",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500));
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
             var producer = producer(infra);
             Connection db = connect(infra)) {
            db.setAutoCommit(false);
            boolean[] counted = {false};
            consumer.subscribe(List.of(PLAIN_IN), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    if (!partitions.isEmpty() && !counted[0]) {
                        counted[0] = true;
                        assigned.countDown();
                    }
                }
            });
            try (PreparedStatement rows = db.prepareStatement(
                    "INSERT INTO bench.received (topic, part, off, payload) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement outbox = db.prepareStatement(
                         "INSERT INTO bench.outbox (topic, record_key, payload) VALUES (?, ?, ?)")) {
                while (!Thread.currentThread().isInterrupted()) {
                    ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(100));
                    if (batch.isEmpty()) {
                        continue;
                    }
                    for (ConsumerRecord<String, byte[]> record : batch) {
                        rows.setString(1, record.topic());
                        rows.setInt(2, record.partition());
                        rows.setLong(3, record.offset());
                        rows.setBytes(4, record.value());
                        rows.addBatch();
                        outbox.setString(1, PLAIN_OUT);
                        outbox.setString(2, record.key());
                        outbox.setBytes(3, record.value());
                        outbox.addBatch();
                    }
                    rows.executeBatch();
                    outbox.executeBatch();
                    db.commit();
                    for (ConsumerRecord<String, byte[]> record : batch) {
                        producer.send(new ProducerRecord<>(PLAIN_OUT, record.key(), record.value()));
                    }
                    producer.flush();
                    consumer.commitSync();
                    processed.addAndGet(batch.count());
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(Infrastructure infra, List<SourceRecord> records, Function<String, String> topic)
            throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer(infra)) {
            for (SourceRecord record : records) {
                producer.send(new ProducerRecord<>(topic.apply(record.topic()), record.key(), record.value()));
            }
            producer.flush();
        }
    }

    private static KafkaProducer<String, byte[]> producer(Infrastructure infra) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static Admin admin(Infrastructure infra) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()));
    }

    private static Connection connect(Infrastructure infra) throws SQLException {
        return DriverManager.getConnection(infra.jdbcUrl() + (infra.jdbcUrl().contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true", infra.dbUsername(), infra.dbPassword());
    }

    /** Durable settings for both stages: every commit waits for the write-ahead log on disk. */
    private static void durableDatabase(Infrastructure infra) throws SQLException {
        try (Connection db = connect(infra); Statement sql = db.createStatement()) {
            sql.execute("ALTER SYSTEM SET fsync = on");
            sql.execute("ALTER SYSTEM SET synchronous_commit = on");
            sql.execute("SELECT pg_reload_conf()");
        }
    }

    private static String settings(Infrastructure infra) throws SQLException {
        try (Connection db = connect(infra); Statement sql = db.createStatement()) {
            List<String> shown = new ArrayList<>();
            for (String name : List.of("fsync", "synchronous_commit", "wal_sync_method", "server_version")) {
                try (var rs = sql.executeQuery("SHOW " + name)) {
                    rs.next();
                    shown.add(name + "=" + rs.getString(1));
                }
            }
            return String.join(", ", shown);
        }
    }

    private static boolean groupIsStable(Admin admin, String group) {
        try {
            var description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            return description.groupState() == org.apache.kafka.common.GroupState.STABLE
                    && !description.members().isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static boolean committedReach(Admin admin, String group, Map<TopicPartition, Long> ends) {
        try {
            var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                    || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue());
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean intakeOutboxEmpty(Infrastructure infra) {
        try (Connection db = connect(infra); Statement sql = db.createStatement();
             var rs = sql.executeQuery("SELECT count(*) FROM intake.outbox")) {
            rs.next();
            return rs.getLong(1) == 0;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void awaitUntil(Duration atMost, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within " + atMost);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}
