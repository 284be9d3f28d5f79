package no.nav.overgang.platform.consumer;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Processes a batch of raw records inside one database transaction; see {@link ResilientBatchProcessor}. */
@FunctionalInterface
public interface RecordHandler {

    void handle(List<ConsumerRecord<String, byte[]>> records);
}
