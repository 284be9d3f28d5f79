package no.nav.overgang.platform.retention;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.platform.audit.AuditLog;

/** The retention job, in every service that declares a {@link RetentionPolicy}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionConfiguration {

    @Bean
    @ConditionalOnBean(RetentionPolicy.class)
    RetentionJob retentionJob(RetentionProperties properties, RetentionPolicy policy, JdbcTemplate jdbc,
                              TransactionTemplate transactions, AuditLog audit, Clock clock) {
        return new RetentionJob(properties, policy, jdbc, transactions, audit, clock);
    }
}
