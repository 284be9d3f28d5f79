package no.nav.overgang.handover.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import no.nav.overgang.platform.web.ListPage;
import no.nav.overgang.testkit.QueryPlans;
import no.nav.overgang.testkit.ServiceTest;

/**
 * A benefits unit with {@value #BACKLOG} handovers, one in ten of them returned to one office: the inbox and the
 * returned list read a page per unit or office from an index in the list's order (checked on the query plans, which
 * are printed), page through the backlog without gaps, and the pages' links are not looked up as static resources.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoverBacklogTest {

    private static final int BACKLOG = 30_000;
    private static final int PAGE = 201;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource database;

    @Autowired
    HandoverRepository handovers;

    @Autowired
    ApplicationContext context;

    private final String unit = "7" + ThreadLocalRandom.current().nextInt(100, 1000);
    private final String office = "7" + ThreadLocalRandom.current().nextInt(100, 1000);

    @BeforeAll
    void seedTheBacklog() {
        jdbc.update("""
                INSERT INTO handover (id, conference_id, case_key, office, benefits_unit, arm, status, agreed_plan,
                    claim_recommended, documents_needed, received_at, returned_at, return_reason)
                SELECT gen_random_uuid(), gen_random_uuid(), 'backlog-' || ? || '-' || g, ?, ?, 'pilot-office',
                    CASE WHEN g % 10 = 0 THEN 'RETURNED' WHEN g % 10 < 4 THEN 'ACKNOWLEDGED' ELSE 'RECEIVED' END,
                    'Arbeidsutprøving i 8 uker', false, '[]'::jsonb,
                    timestamptz '2026-01-05 08:00+00' + g * interval '20 seconds',
                    CASE WHEN g % 10 = 0 THEN timestamptz '2026-01-06 08:00+00' + g * interval '20 seconds' END,
                    CASE WHEN g % 10 = 0 THEN 'Mangler spesialisterklæring' END
                FROM generate_series(1, ?) g""", unit, office, unit, BACKLOG);
        jdbc.execute("ANALYZE handover");
    }

    @AfterAll
    void removeTheBacklog() {
        jdbc.update("DELETE FROM handover WHERE benefits_unit = ?", unit);
    }

    @Test
    void the_inbox_and_the_returned_list_read_a_page_per_owner_from_an_index() {
        String[] offices = {office};
        String[] units = {unit};
        QueryPlans.assertReadsAtMost(PAGE, database, HandoverRepository.returnedToSql(false), offices, PAGE, PAGE);
        QueryPlans.assertReadsAtMost(PAGE, database, HandoverRepository.forUnitsSql(false, false, false, false), units,
                PAGE, PAGE);
        QueryPlans.assertReadsAtMost(PAGE, database, HandoverRepository.forUnitsSql(false, false, true, false), units,
                PAGE, PAGE);
        QueryPlans.assertReadsAtMost(PAGE, database, HandoverRepository.forUnitsSql(true, false, false, false), units,
                "RECEIVED", PAGE, PAGE);
    }

    @Test
    void the_returned_list_pages_through_the_backlog_last_returned_first_without_gaps() {
        List<Handover> all = new ArrayList<>();
        ListPage.Cursor after = null;
        do {
            ListPage<Handover> page = handovers.returnedTo(Set.of(office, "0000"), after, 500);
            all.addAll(page.items());
            after = ListPage.Cursor.decode(page.next());
        } while (after != null);

        assertThat(all).hasSize(BACKLOG / 10).allSatisfy(h -> assertThat(h.status()).isEqualTo(HandoverStatus.RETURNED));
        assertThat(all).extracting(Handover::caseKey).doesNotHaveDuplicates()
                .startsWith("backlog-" + unit + "-" + BACKLOG, "backlog-" + unit + "-" + (BACKLOG - 10));
    }

    /** The local run and the proof cluster put webjars-locator-lite on every service's classpath, as this test does. */
    @Test
    void links_are_not_looked_up_as_static_resources_even_with_a_webjars_locator_on_the_classpath() {
        assertThat(ClassUtils.isPresent("org.webjars.WebJarVersionLocator", null)).isTrue();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .extracting(FilterRegistrationBean::getFilter).noneMatch(ResourceUrlEncodingFilter.class::isInstance);
    }
}
