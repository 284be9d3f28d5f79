package no.nav.overgang.intake.deadletter;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.nav.overgang.platform.security.CurrentUser;

/**
 * The pilot administrator's page of refused milestone input (in bokmål): counts by reason, the open letters with a
 * masked preview, and re-drive of the ones ticked. The same rules as {@link DeadLetterController}.
 */
@Controller
@RequestMapping("/sider/avviste-meldinger")
@PreAuthorize("hasRole('PILOT_ADMIN')")
public class DeadLetterPage {

    private static final int SHOWN = 200;

    private final DeadLetterStore store;
    private final DeadLetterRedrive redrive;

    public DeadLetterPage(DeadLetterStore store, DeadLetterRedrive redrive) {
        this.store = store;
        this.redrive = redrive;
    }

    @GetMapping
    public String page(@RequestParam(required = false) String reason, Model model) {
        model.addAttribute("user", CurrentUser.get());
        model.addAttribute("byReason", store.openByReason());
        model.addAttribute("redrivenCount", store.redrivenCount());
        model.addAttribute("reason", reason);
        model.addAttribute("letters", store.list(reason, false, SHOWN).stream()
                .map(DeadLetterController.Letter::of).toList());
        return "sider/avviste-meldinger";
    }

    /** Re-drives the ticked letters, then shows the page again with what happened to each. */
    @PostMapping("/send-pa-nytt")
    public String redrive(@RequestParam(name = "id", required = false) List<UUID> ids) {
        String by = CurrentUser.get().navIdent();
        Map<DeadLetterRedrive.Outcome, Long> outcomes = (ids == null ? List.<UUID>of() : ids).stream().distinct()
                .map(id -> redrive.redrive(id, by).outcome())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return "redirect:/sider/avviste-meldinger?sendt=%d&allerede=%d".formatted(
                outcomes.getOrDefault(DeadLetterRedrive.Outcome.REDRIVEN, 0L),
                outcomes.getOrDefault(DeadLetterRedrive.Outcome.ALREADY_REDRIVEN, 0L));
    }
}
