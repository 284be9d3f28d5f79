package no.nav.overgang.platform.consumer;

import java.util.Collection;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

import no.nav.overgang.platform.PlatformProperties;

/** Builds the service's listener containers: batch listeners, offsets committed after the database commit. */
public class KafkaConsumers {

    private static final Logger log = LoggerFactory.getLogger(KafkaConsumers.class);

    private final ConsumerFactory<String, byte[]> consumerFactory;
    private final TransactionTemplate transactions;
    private final DeadLetters deadLetters;
    private final PlatformProperties properties;

    public KafkaConsumers(ConsumerFactory<String, byte[]> consumerFactory, TransactionTemplate transactions,
                          DeadLetters deadLetters, PlatformProperties properties) {
        this.consumerFactory = consumerFactory;
        this.transactions = transactions;
        this.deadLetters = deadLetters;
        this.properties = properties;
    }

    public ConcurrentMessageListenerContainer<String, byte[]> container(Collection<String> topics,
                                                                         RecordHandler handler) {
        ContainerProperties container = new ContainerProperties(topics.toArray(String[]::new));
        container.setGroupId(properties.serviceName());
        container.setAckMode(ContainerProperties.AckMode.BATCH);
        container.setMessageListener(new ResilientBatchProcessor(handler, transactions, deadLetters));
        container.setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                try {
                    handler.partitionsAssigned(consumer, partitions);
                } catch (RuntimeException e) {
                    log.warn("could not record the assigned partitions {}", partitions, e);
                }
            }
        });
        ConcurrentMessageListenerContainer<String, byte[]> listeners =
                new ConcurrentMessageListenerContainer<>(consumerFactory, container);
        listeners.setConcurrency(properties.consumer().concurrency());
        // only transient failures reach the container: retry them for as long as it takes, never skip
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(10_000);
        listeners.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        listeners.setBeanName(properties.serviceName() + "-" + String.join("+", topics));
        return listeners;
    }
}
