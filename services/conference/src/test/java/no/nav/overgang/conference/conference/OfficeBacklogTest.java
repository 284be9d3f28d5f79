package no.nav.overgang.conference.conference;

import static no.nav.overgang.conference.ConferenceApi.adviserAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import no.nav.overgang.conference.ConferenceApi;
import no.nav.overgang.conference.pages.ConferencePages;
import no.nav.overgang.testkit.QueryPlans;
import no.nav.overgang.testkit.ServiceTest;

/**
 * An office with a pipeline in backlog: {@value #BACKLOG} conferences, nine in ten still in progress. The office's
 * list reads a page per office from an index in the list's order, not the backlog (checked on the query plans,
 * which are printed with their timings), and the page's links are not looked up as static resources.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeBacklogTest {

    private static final int BACKLOG = 30_000;
    private static final int PAGE = 201;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource database;

    @Autowired
    ApplicationContext context;

    private final String office = "7" + ThreadLocalRandom.current().nextInt(100, 1000);

    /** One set-based insert: every 20th conference finished, every 20th cancelled, some scheduled or held. */
    @BeforeAll
    void seedTheBacklog() {
        jdbc.update("""
                INSERT INTO conference (id, case_key, national_id, office, benefits_unit, arm, measures_authority,
                    status, requested_at, starts_at, explanation, correlation_id, request_event_id)
                SELECT gen_random_uuid(), 'backlog-' || ? || '-' || g, '15436840087', ?, '4402', 'pilot-office',
                    'NAV_OFFICE', CASE g % 20 WHEN 0 THEN 'OUTCOME_RECORDED' WHEN 1 THEN 'CANCELLED'
                        WHEN 2 THEN 'SCHEDULED' WHEN 3 THEN 'HELD' ELSE 'REQUESTED' END,
                    timestamptz '2026-01-05 08:00+00' + g * interval '20 seconds',
                    CASE WHEN g % 20 IN (2, 3) THEN timestamptz '2026-03-02 08:00+00' + g * interval '20 seconds' END,
                    'Pilot: samarbeidsmøte', gen_random_uuid(), gen_random_uuid()
                FROM generate_series(1, ?) g""", office, office, BACKLOG);
        jdbc.update("""
                INSERT INTO conference_invitation (conference_id, role, unit, answer)
                SELECT c.id, r.role, CASE r.role WHEN 'NAV_OFFICE' THEN c.office WHEN 'BENEFITS_UNIT' THEN '4402'
                    ELSE 'rol-pool' END, 'PENDING'
                FROM conference c CROSS JOIN (VALUES ('NAV_OFFICE'), ('BENEFITS_UNIT'), ('MEDICAL_ADVISER')) r(role)
                WHERE c.office = ?""", office);
        jdbc.execute("ANALYZE conference");
        jdbc.execute("ANALYZE conference_invitation");
    }

    @AfterAll
    void removeTheBacklog() {
        jdbc.update("DELETE FROM conference_invitation WHERE conference_id IN (SELECT id FROM conference WHERE office = ?)",
                office);
        jdbc.update("DELETE FROM conference WHERE office = ?", office);
    }

    @Test
    void the_lists_read_one_page_per_office_from_an_index_however_large_the_backlog() {
        for (String list : List.of(ConferenceRepository.IN_PROGRESS_FOR_OFFICES,
                ConferenceRepository.NEWEST_FOR_OFFICES)) {
            QueryPlans.assertReadsAtMost(PAGE, database, list, new String[] {office}, PAGE, PAGE);
        }
    }

    @Test
    void the_page_shows_the_oldest_in_progress_and_the_newest_and_says_there_are_more() {
        String oldestOpen = jdbc.queryForObject("""
                SELECT id::text FROM conference WHERE office = ? AND status IN ('REQUESTED', 'SCHEDULED', 'HELD')
                ORDER BY requested_at, id LIMIT 1""", String.class, office);
        String newest = jdbc.queryForObject(
                "SELECT id::text FROM conference WHERE office = ? ORDER BY requested_at DESC, id DESC LIMIT 1",
                String.class, office);
        ConferenceApi api = new ConferenceApi(port);
        String token = adviserAt(office, "Z990401");
        api.get("/sider/samarbeidsmoter", token);

        long[] millis = new long[5];
        ResponseEntity<String> page = null;
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            page = api.get("/sider/samarbeidsmoter", token);
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        System.out.printf("office list with a backlog of %,d conferences: %s ms%n", BACKLOG,
                java.util.Arrays.toString(millis));

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("id=\"flere-pagaende\"", "id=\"flere-alle\"",
                "/sider/samarbeidsmoter/" + oldestOpen, "/sider/samarbeidsmoter/" + newest);
        String all = page.getBody().substring(page.getBody().indexOf("id=\"alle-tabell\""));
        assertThat(all.split("Samarbeidsmøte ", -1)).hasSize(ConferencePages.OFFICE_SHOWN + 1);
    }

    /** The local run and the proof cluster put webjars-locator-lite on every service's classpath, as this test does. */
    @Test
    void links_are_not_looked_up_as_static_resources_even_with_a_webjars_locator_on_the_classpath() {
        assertThat(ClassUtils.isPresent("org.webjars.WebJarVersionLocator", null)).isTrue();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .extracting(FilterRegistrationBean::getFilter).noneMatch(ResourceUrlEncodingFilter.class::isInstance);
    }
}
