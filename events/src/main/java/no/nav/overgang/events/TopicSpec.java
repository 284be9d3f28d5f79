package no.nav.overgang.events;

/**
 * One Kafka topic of the contract.
 *
 * @param name       topic name; the version suffix changes only for an incompatible change (docs/EVENTS.md)
 * @param partitions partition count; the unit of parallelism for consumers
 * @param key        what the record key is; never a national id
 */
public record TopicSpec(String name, int partitions, String key) {
}
