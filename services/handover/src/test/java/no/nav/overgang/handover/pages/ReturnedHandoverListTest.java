package no.nav.overgang.handover.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import no.nav.overgang.handover.inbox.Handover;
import no.nav.overgang.handover.inbox.HandoverRepository;
import no.nav.overgang.handover.inbox.HandoverStatus;
import no.nav.overgang.platform.audit.AuditLog;
import no.nav.overgang.testkit.ServiceTest;
import no.nav.overgang.testkit.TestTokens;

/** An office with many returned handovers: the page lists every one, last returned first, each audited. */
@ServiceTest
class ReturnedHandoverListTest {

    private static final int MANY = 60;
    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    HandoverRepository handovers;

    @Autowired
    AuditLog auditLog;

    @Test
    void the_returned_page_lists_all_sixty_returned_handovers_of_the_office() {
        String office = "9" + ThreadLocalRandom.current().nextInt(100, 1000);
        List<Handover> returned = IntStream.range(0, MANY).mapToObj(i -> returned(office, i)).toList();
        String token = TestTokens.bearer("Z990803", List.of("nav-office-adviser"), List.of(office))
                .substring("Bearer ".length());

        String page = RestClient.create("http://localhost:" + port).get().uri("/sider/returnerte")
                .header(HttpHeaders.COOKIE, "overgang-token=" + token).accept(MediaType.TEXT_HTML)
                .retrieve().body(String.class);

        assertThat(page).contains("id=\"returnerte\"").doesNotContain("id=\"flere-returnerte\"");
        String table = page.substring(page.indexOf("id=\"returnerte\""));
        assertThat(table.split("Overføring ", -1)).hasSize(MANY + 1);
        List<Integer> positions = returned.reversed().stream()
                .map(h -> page.indexOf("/sider/overforinger/" + h.id())).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(returned).allSatisfy(h -> {
            assertThat(page).contains("Mangler spesialisterklæring nr. " + h.caseKey());
            assertThat(auditLog.forCase(h.caseKey())).singleElement()
                    .satisfies(r -> assertThat(r.action()).isEqualTo("list returned handover"));
        });
    }

    /** The {@code i}th handover, received and then returned {@code i} minutes after the first. */
    private Handover returned(String office, int i) {
        UUID id = UUID.randomUUID();
        String caseKey = "case-" + id;
        Handover received = new Handover(id, UUID.randomUUID(), caseKey, office, "4405", "pilot-unit",
                HandoverStatus.RECEIVED, "Arbeidsutprøving i 8 uker", false, List.of("spesialisterklæring"), null,
                RECEIVED.plusSeconds(60L * i), null, null, null, "Pilot", List.of(), null, null,
                new Handover.EventChain(UUID.randomUUID(), UUID.randomUUID()));
        assertThat(handovers.create(received)).isTrue();
        Handover back = new Handover(id, received.conferenceId(), caseKey, office, "4405", "pilot-unit",
                HandoverStatus.RETURNED, received.agreedPlan(), false, received.documentsNeeded(), null,
                received.receivedAt(), null, null, null, "Pilot", List.of(), "Z990802",
                "Mangler spesialisterklæring nr. " + caseKey, received.chain());
        handovers.saveStep(back, received.receivedAt().plusSeconds(3600));
        return back;
    }
}
