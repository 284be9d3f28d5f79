package no.nav.overgang.proof.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import no.nav.overgang.simulator.SourceRecord;

/**
 * This machine's plain ceilings, measured on the same records, broker and database as the pipeline, with the same
 * number of consumer threads and no framework: what a stage could do at best. Each is timed from the first record
 * sent to the last one processed, as the pipeline is.
 * <ul>
 *     <li>{@link #kafkaCopy}: consume a batch → produce each record → wait for the acknowledgements → commit offsets;</li>
 *     <li>{@link #batchedInsert}: rows in JDBC batches of 500, one transaction (one durable commit) per batch;</li>
 *     <li>{@link #plainStage}: consume a batch → one transaction with a row and an outbox row per record → produce
 *     → commit offsets: the shape of every service's consumer, without its work.</li>
 * </ul>
 */
final class Ceilings {

    private final SystemUnderTest system;
    private final int threads;
    private final int partitions;
    /** Topic names are new for every run, so a run on a system that measured before starts from empty topics. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    Ceilings(SystemUnderTest system, int threads, int partitions) throws SQLException {
        this.system = system;
        this.threads = threads;
        this.partitions = partitions;
        try (Connection db = Jdbc.connect(system); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS bench CASCADE");
            sql.execute("CREATE SCHEMA bench");
        }
    }

    double kafkaCopy(List<SourceRecord> records) throws Exception {
        return consumeStage("bench.copy", records, (batch, producer, db, out) -> produce(batch, producer, out));
    }

    double plainStage(List<SourceRecord> records) throws Exception {
        createTables("""
                CREATE TABLE bench.received (topic TEXT, part INT, off BIGINT, payload BYTEA, PRIMARY KEY (topic, part, off));
                CREATE TABLE bench.outbox (id BIGSERIAL PRIMARY KEY, topic TEXT, record_key TEXT, payload BYTEA)""");
        return consumeStage("bench.plain", records, (batch, producer, db, out) -> {
            try (PreparedStatement rows = db.prepareStatement(
                    "INSERT INTO bench.received (topic, part, off, payload) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement outbox = db.prepareStatement(
                         "INSERT INTO bench.outbox (topic, record_key, payload) VALUES (?, ?, ?)")) {
                for (ConsumerRecord<String, byte[]> record : batch) {
                    rows.setString(1, record.topic());
                    rows.setInt(2, record.partition());
                    rows.setLong(3, record.offset());
                    rows.setBytes(4, record.value());
                    rows.addBatch();
                    outbox.setString(1, out);
                    outbox.setString(2, record.key());
                    outbox.setBytes(3, record.value());
                    outbox.addBatch();
                }
                rows.executeBatch();
                outbox.executeBatch();
                db.commit();
            }
            produce(batch, producer, out);
        });
    }

    /** Every record as a row, in batches of 500 per transaction, spread over the threads. */
    double batchedInsert(List<SourceRecord> records) throws Exception {
        createTables("CREATE TABLE bench.inserted (id BIGINT PRIMARY KEY, record_key TEXT, payload BYTEA)");
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers.add(Thread.ofPlatform().name("insert-" + t).start(() -> {
                try (Connection db = Jdbc.connect(system); PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO bench.inserted (id, record_key, payload) VALUES (?, ?, ?)")) {
                    db.setAutoCommit(false);
                    int pending = 0;
                    for (int i = first; i < records.size(); i += threads) {
                        insert.setLong(1, i);
                        insert.setString(2, records.get(i).key());
                        insert.setBytes(3, records.get(i).value());
                        insert.addBatch();
                        if (++pending == 500) {
                            insert.executeBatch();
                            db.commit();
                            pending = 0;
                        }
                    }
                    insert.executeBatch();
                    db.commit();
                } catch (SQLException e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return records.size() / ((System.nanoTime() - started) / 1e9);
    }

    @FunctionalInterface
    private interface BatchWork {
        void process(ConsumerRecords<String, byte[]> batch, KafkaProducer<String, byte[]> producer, Connection db,
                     String outputTopic) throws Exception;
    }

    /** Consumer threads in one group on {@code name.in}: poll, {@code work}, commit; timed from the first send. */
    private double consumeStage(String stage, List<SourceRecord> records, BatchWork work) throws Exception {
        String name = stage + "." + run;
        try (Admin admin = Kafka.admin(system.kafkaBootstrapServers())) {
            admin.createTopics(List.of(new NewTopic(name + ".in", partitions, (short) 1),
                    new NewTopic(name + ".out", partitions, (short) 1))).all().get();
            // an idempotent producer that meets a partition without a leader yet can end up resending old sequence
            // numbers for ever (OUT_OF_ORDER_SEQUENCE_NUMBER): start once every partition has its leader
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!admin.describeTopics(List.of(name + ".in", name + ".out")).allTopicNames().get().values().stream()
                    .allMatch(t -> t.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + ": partitions without a leader after 60 s");
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        AtomicLong processed = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        CountDownLatch assigned = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofPlatform().name(name + "-" + i).start(() -> {
                try {
                    consume(name, assigned, processed, stop, work);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        if (!assigned.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + ": the consumers got no partitions");
        }
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = Kafka.feeder(system.kafkaBootstrapServers())) {
            for (SourceRecord record : records) {
                producer.send(new ProducerRecord<>(name + ".in", record.key(), record.value()));
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (processed.get() < records.size() && failure.get() == null && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        double rate = records.size() / ((System.nanoTime() - started) / 1e9);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join(30_000);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return rate;
    }

    private void consume(String name, CountDownLatch assigned, AtomicLong processed,
                         java.util.concurrent.atomic.AtomicBoolean stop, BatchWork work) throws Exception {
        try (KafkaConsumer<String, byte[]> consumer = Kafka.consumer(system.kafkaBootstrapServers(), name);
             KafkaProducer<String, byte[]> producer = Kafka.producer(system.kafkaBootstrapServers());
             Connection db = Jdbc.connect(system)) {
            db.setAutoCommit(false);
            boolean[] counted = {false};
            consumer.subscribe(List.of(name + ".in"), new ConsumerRebalanceListener() {
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
            while (!stop.get()) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(100));
                if (batch.isEmpty()) {
                    continue;
                }
                work.process(batch, producer, db, name + ".out");
                consumer.commitSync();
                processed.addAndGet(batch.count());
            }
        }
    }

    private static void produce(ConsumerRecords<String, byte[]> batch, KafkaProducer<String, byte[]> producer,
                                String topic) {
        for (ConsumerRecord<String, byte[]> record : batch) {
            producer.send(new ProducerRecord<>(topic, record.key(), record.value()));
        }
        producer.flush();
    }

    private void createTables(String ddl) throws SQLException {
        try (Connection db = Jdbc.connect(system); Statement sql = db.createStatement()) {
            sql.execute(ddl);
        }
    }
}
