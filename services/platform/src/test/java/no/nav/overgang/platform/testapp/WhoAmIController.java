package no.nav.overgang.platform.testapp;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.platform.security.CurrentUser;
import no.nav.overgang.platform.security.NavUser;

/** Shows the test service's caller as the platform sees them. */
@RestController
public class WhoAmIController {

    @GetMapping("/test/me")
    public NavUser me() {
        return CurrentUser.get();
    }

    @GetMapping("/test/admin")
    @PreAuthorize("hasRole('PILOT_ADMIN')")
    public String adminOnly() {
        return "for pilot administrators";
    }
}
