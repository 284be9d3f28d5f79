package no.nav.overgang.stack.entry;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.nav.overgang.stack.ServiceKind;

/**
 * The local run's front door: links to each user group's pages and a login with demo users. In NAV's platform the
 * login proxy puts a token from Entra ID in the Authorization header; here the token comes from the local OIDC
 * issuer and travels in a SameSite=Strict, HttpOnly cookie that every service on localhost accepts.
 */
@Controller
public class EntryController {

    private static final Duration SESSION = Duration.ofHours(8);

    private final EntrySettings settings;

    public EntryController(EntrySettings settings) {
        this.settings = settings;
    }

    @GetMapping("/")
    public String index(@CookieValue(name = "overgang-user", required = false) String navIdent, Model model) {
        model.addAttribute("user", navIdent == null ? null : DemoUser.ALL.stream()
                .filter(u -> u.navIdent().equals(navIdent)).findFirst().orElse(null));
        model.addAttribute("links", links());
        return "index";
    }

    @GetMapping("/login")
    public String login(@RequestParam(required = false) String returnTo, Model model) {
        model.addAttribute("users", DemoUser.ALL);
        model.addAttribute("returnTo", safe(returnTo));
        return "login";
    }

    @PostMapping("/login")
    public ResponseEntity<Void> logIn(@RequestParam String navIdent, @RequestParam(required = false) String returnTo) {
        DemoUser user = DemoUser.byIdent(navIdent);
        String token = settings.oidc().issueToken(user.navIdent(), user.claims(), SESSION);
        return ResponseEntity.status(303).location(URI.create(safe(returnTo)))
                .header(HttpHeaders.SET_COOKIE, cookie(settings.tokenCookie(), token, SESSION, true).toString())
                .header(HttpHeaders.SET_COOKIE, cookie("overgang-user", user.navIdent(), SESSION, false).toString())
                .build();
    }

    @PostMapping("/logout")
    public ResponseEntity<Void> logOut() {
        return ResponseEntity.status(303).location(URI.create("/"))
                .header(HttpHeaders.SET_COOKIE, cookie(settings.tokenCookie(), "", Duration.ZERO, true).toString())
                .header(HttpHeaders.SET_COOKIE, cookie("overgang-user", "", Duration.ZERO, false).toString())
                .build();
    }

    private List<Link> links() {
        return List.of(
                new Link("Veileder (NAV-kontor)", "Samarbeidsmøter for mitt kontor",
                        settings.serviceUrls().get(ServiceKind.CONFERENCE) + "/api/conferences"),
                new Link("Saksbehandler (NAV Arbeid og ytelser)", "Innboks med overføringer",
                        settings.serviceUrls().get(ServiceKind.HANDOVER) + "/api/handovers"),
                new Link("Veileder (NAV-kontor)", "Side: samarbeidsmøter (trenger handling, forfalt, kommende)",
                        settings.serviceUrls().get(ServiceKind.CONFERENCE) + "/sider/samarbeidsmoter"),
                new Link("Veileder (NAV-kontor)", "Side: returnerte overføringer",
                        settings.serviceUrls().get(ServiceKind.HANDOVER) + "/sider/returnerte"),
                new Link("Rådgivende lege", "Side: mine invitasjoner",
                        settings.serviceUrls().get(ServiceKind.CONFERENCE) + "/sider/invitasjoner"),
                new Link("Saksbehandler (NAV Arbeid og ytelser)", "Side: innboks med overføringer",
                        settings.serviceUrls().get(ServiceKind.HANDOVER) + "/sider/innboks"),
                new Link("Evaluator", "Side: evaluering (tid til avklaring, pilot mot kontroll)",
                        settings.serviceUrls().get(ServiceKind.METRICS) + "/sider/evaluering"),
                new Link("Evaluator", "Tall per arm (små celler skjult)",
                        settings.serviceUrls().get(ServiceKind.METRICS) + "/api/metrics/summary"),
                new Link("Pilotadministrator", "Kohorten med forklaringer",
                        settings.serviceUrls().get(ServiceKind.COORDINATOR) + "/api/cohort"),
                new Link("Pilotadministrator", "Side: kohorten med forklaringer",
                        settings.serviceUrls().get(ServiceKind.COORDINATOR) + "/sider/kohort"),
                new Link("Pilotadministrator", "Side: balanse mellom armene",
                        settings.serviceUrls().get(ServiceKind.COORDINATOR) + "/sider/balanse"),
                new Link("Pilotadministrator", "Side: konfigurasjon (regler og armer)",
                        settings.serviceUrls().get(ServiceKind.COORDINATOR) + "/sider/konfigurasjon"),
                new Link("Pilotadministrator", "Side: avviste meldinger (døde brev)",
                        settings.serviceUrls().get(ServiceKind.INTAKE) + "/sider/avviste-meldinger"),
                new Link("Revisor", "Side: revisjonslogg (søk på person, ansatt og periode)",
                        settings.serviceUrls().get(ServiceKind.INTAKE) + "/sider/revisjon"));
    }

    /** Only back to this machine, never to another site (no open redirect). */
    private static String safe(String returnTo) {
        return returnTo != null && (returnTo.startsWith("http://localhost:") || returnTo.startsWith("/"))
                && !returnTo.startsWith("//") ? returnTo : "/";
    }

    private static ResponseCookie cookie(String name, String value, Duration maxAge, boolean httpOnly) {
        return ResponseCookie.from(name, value).path("/").httpOnly(httpOnly).sameSite("Strict").maxAge(maxAge).build();
    }

    public record Link(String group, String title, String url) {
    }
}
