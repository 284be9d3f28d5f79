package no.nav.overgang.platform.audit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import no.nav.overgang.platform.PlatformProperties;
import no.nav.overgang.platform.privacy.CaseKeys;

/** The audit log, the auditor's {@code GET /api/audit} in every service, and the auditor's page where enabled. */
@Configuration(proxyBeanMethods = false)
@Import(AuditSearchController.class)
public class AuditConfiguration {

    @Bean
    AuditLog auditLog(JdbcTemplate jdbc, Clock clock, PlatformProperties platform) {
        return new AuditLog(jdbc, clock, platform.serviceName());
    }

    @Bean
    AuditSearch auditSearch(AuditLog auditLog, TransactionTemplate transactions, ObjectProvider<CaseKeys> caseKeys,
                            PlatformProperties platform) {
        return new AuditSearch(auditLog, transactions, caseKeys.getIfAvailable(), platform.serviceName());
    }

    /** The one place the auditor searches every service from: on in one service only (the intake). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("overgang.audit.search.page-enabled")
    static class Page {

        @Bean
        AuditSources auditSources(Environment environment) {
            return new AuditSources(environment);
        }

        @Bean
        AuditPage auditPage(AuditSources sources, ObjectProvider<CaseKeys> caseKeys) {
            return new AuditPage(sources, caseKeys.getIfAvailable());
        }
    }
}
