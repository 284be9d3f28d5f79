package no.nav.overgang.handover.inbox;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.platform.security.CurrentUser;

/** The benefits unit's inbox: handovers to the caseworker's own units. */
@RestController
@RequestMapping("/api/handovers")
public class InboxController {

    private final HandoverInbox inbox;

    public InboxController(HandoverInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @PreAuthorize("hasRole('BENEFITS_CASEWORKER')")
    public List<Handover> inbox(HttpServletRequest request) {
        return inbox.forUser(CurrentUser.get(), request.getMethod() + " " + request.getRequestURI());
    }
}
