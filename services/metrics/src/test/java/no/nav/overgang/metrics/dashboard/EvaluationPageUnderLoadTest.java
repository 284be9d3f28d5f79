package no.nav.overgang.metrics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import no.nav.overgang.events.EventEnvelope;
import no.nav.overgang.events.EventJson;
import no.nav.overgang.events.Topics;
import no.nav.overgang.events.payload.DeadLetterRecorded;
import no.nav.overgang.metrics.process.ProcessFilter;
import no.nav.overgang.metrics.process.ProcessIndicators;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TopicProbe;

/**
 * What keeps the evaluators' page cheap with many evaluators while steps flow (docs/PERFORMANCE.md, "Load"): its
 * process indicators are computed once per refresh interval, not per view, and still follow new steps; its links
 * are not looked up as static resources.
 */
@ServiceTest
class EvaluationPageUnderLoadTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    PageProcessIndicators page;

    @Autowired
    ApplicationContext context;

    @AutoClose
    private final TopicProbe probe = new TopicProbe();

    @Test
    void views_in_a_row_share_one_computation_and_new_steps_show_after_the_refresh_interval() {
        ProcessFilter filter = new ProcessFilter(null, null, null, null, null);
        ProcessIndicators first = page.current(filter);

        assertThat(page.current(filter)).as("a second view right after the first is not computed again")
                .isSameAs(first);

        String reason = "TEST_PAGE_" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").chars()
                .mapToObj(c -> String.valueOf((char) ('A' + c - '0'))).reduce("", String::concat);
        var letter = EventEnvelope.first(UUID.randomUUID(), new DeadLetterRecorded("overgang-conference",
                Topics.CASES.name(), 0, 1L, reason, "test", "{}", "utf-8"), AT, AT, "overgang-conference", null);
        probe.send(Topics.DEAD_LETTERS.name(), null, EventJson.writeString(letter));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(page.current(filter).deadLetters())
                .as("the page's indicators are recomputed in the background once they are older than the interval")
                .anyMatch(r -> r.reason().equals(reason)));
    }

    /** The local run and the proof cluster put webjars-locator-lite on every service's classpath, as this test does. */
    @Test
    void links_are_not_looked_up_as_static_resources_even_with_a_webjars_locator_on_the_classpath() {
        assertThat(ClassUtils.isPresent("org.webjars.WebJarVersionLocator", null)).isTrue();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .extracting(FilterRegistrationBean::getFilter).noneMatch(ResourceUrlEncodingFilter.class::isInstance);
    }
}
