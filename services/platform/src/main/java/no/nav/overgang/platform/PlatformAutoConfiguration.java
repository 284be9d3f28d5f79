package no.nav.overgang.platform;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import no.nav.overgang.events.Topics;
import no.nav.overgang.platform.audit.AuditConfiguration;
import no.nav.overgang.platform.clock.BusinessClock;
import no.nav.overgang.platform.consumer.DeadLetters;
import no.nav.overgang.platform.consumer.EventDispatcher;
import no.nav.overgang.platform.consumer.EventHandler;
import no.nav.overgang.platform.consumer.Inbox;
import no.nav.overgang.platform.consumer.KafkaConsumers;
import no.nav.overgang.platform.outbox.Outbox;
import no.nav.overgang.platform.outbox.OutboxPublisher;
import no.nav.overgang.platform.privacy.CaseKeys;
import no.nav.overgang.platform.retention.RetentionConfiguration;
import no.nav.overgang.platform.security.PageCsrfConfiguration;
import no.nav.overgang.platform.security.PlatformSecurityConfiguration;
import no.nav.overgang.platform.security.SecuritySettings;
import no.nav.overgang.platform.web.ProblemDetailsAdvice;
import no.nav.overgang.platform.web.WebHardeningConfiguration;

/** Everything a service gets by depending on the platform module. */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties({PlatformProperties.class, SecuritySettings.class})
@Import({PlatformSecurityConfiguration.class, PageCsrfConfiguration.class, ProblemDetailsAdvice.class,
        AuditConfiguration.class, WebHardeningConfiguration.class, RetentionConfiguration.class})
public class PlatformAutoConfiguration {

    /** Wall-clock time, for {@code recordedAt} and audit records. Business time is {@link BusinessClock}. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    BusinessClock businessClock(JdbcTemplate jdbc, org.springframework.context.ApplicationEventPublisher events) {
        return new BusinessClock(jdbc, events);
    }

    @Bean
    ProducerFactory<String, byte[]> overgangProducerFactory(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // durability is not negotiable: every outbox row must be on all in-sync replicas before it is deleted
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new DefaultKafkaProducerFactory<>(config);
    }

    @Bean
    KafkaTemplate<String, byte[]> overgangKafkaTemplate(ProducerFactory<String, byte[]> producers) {
        return new KafkaTemplate<>(producers);
    }

    @Bean
    ConsumerFactory<String, byte[]> overgangConsumerFactory(KafkaProperties kafka, PlatformProperties platform) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, platform.consumer().maxPollRecords());
        return new DefaultKafkaConsumerFactory<>(config);
    }

    /** Each service creates every topic of the contract it may touch; creating an existing topic is a no-op. */
    @Bean
    KafkaAdmin.NewTopics contractTopics(PlatformProperties platform) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .map(topic -> TopicBuilder.name(topic.name()).partitions(topic.partitions())
                        .replicas(platform.topicReplication()).build())
                .toArray(NewTopic[]::new));
    }

    @Bean
    OutboxPublisher outboxPublisher(JdbcTemplate jdbc, TransactionTemplate transactions,
                                    KafkaTemplate<String, byte[]> overgangKafkaTemplate, PlatformProperties platform,
                                    MeterRegistry meters) {
        return new OutboxPublisher(jdbc, transactions, overgangKafkaTemplate, platform, meters);
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, OutboxPublisher publisher) {
        return new Outbox(jdbc, publisher);
    }

    @Bean
    DeadLetters deadLetters(Outbox outbox, Clock clock, MeterRegistry meters, PlatformProperties platform) {
        return new DeadLetters(outbox, clock, meters, platform.serviceName(), platform.deadLetterTopic());
    }

    @Bean
    KafkaConsumers kafkaConsumers(ConsumerFactory<String, byte[]> overgangConsumerFactory,
                                  TransactionTemplate transactions, DeadLetters deadLetters,
                                  PlatformProperties platform) {
        return new KafkaConsumers(overgangConsumerFactory, transactions, deadLetters, platform);
    }

    /** The service's event consumer, subscribed to the topics of the event types it has handlers for. */
    @Bean
    @ConditionalOnBean(EventHandler.class)
    ConcurrentMessageListenerContainer<String, byte[]> eventConsumer(KafkaConsumers consumers,
                                                                     List<EventHandler<?>> handlers, JdbcTemplate jdbc,
                                                                     DeadLetters deadLetters, BusinessClock clock,
                                                                     MeterRegistry meters) {
        EventDispatcher dispatcher = new EventDispatcher(handlers, new Inbox(jdbc), deadLetters, clock, meters);
        return consumers.container(dispatcher.topics(), dispatcher);
    }

    @Bean
    @ConditionalOnProperty("overgang.pseudonymisation.secret")
    CaseKeys caseKeys(org.springframework.core.env.Environment environment) {
        return new CaseKeys(environment.getRequiredProperty("overgang.pseudonymisation.secret"));
    }
}
