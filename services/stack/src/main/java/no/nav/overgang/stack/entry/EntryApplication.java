package no.nav.overgang.stack.entry;

import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/** The entry page as its own small web application; it has no database, no Kafka and no token checks. */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "no.nav.overgang.platform.PlatformAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration"})
@Import(EntryController.class)
public class EntryApplication {

    public static ConfigurableApplicationContext start(int port, EntrySettings settings) {
        return new SpringApplicationBuilder(EntryApplication.class)
                .registerShutdownHook(false)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("entrySettings", settings))
                .properties(Map.of("server.port", port, "spring.main.banner-mode", "off",
                        "spring.application.name", "overgang-entry", "logging.register-shutdown-hook", false,
                        "logging.include-application-name", false))
                .run();
    }
}
