package no.nav.overgang.metrics.dashboard;

import no.nav.overgang.metrics.process.ProcessIndicators.Distribution;
import no.nav.overgang.metrics.process.ProcessIndicators.Share;

/**
 * The process indicators as the evaluation page shows them (template {@code sider/evaluering-prosess}); the
 * indicators come already suppressed (null with {@code suppressed}) from the process package.
 */
public record ProcessFormat(int smallestShownCell) {

    public String distribution(Distribution d) {
        if (d == null) {
            return "–";
        }
        if (d.suppressed()) {
            return "<" + smallestShownCell;
        }
        if (d.n() == null || d.n() == 0 || d.median() == null) {
            return "ingen";
        }
        return Numbers.days(d.median()) + " (" + Numbers.days(d.p25()) + "–" + Numbers.days(d.p75()) + "), n = "
                + d.n();
    }

    public String share(Share s) {
        if (s == null) {
            return "–";
        }
        if (s.suppressed()) {
            return "<" + smallestShownCell;
        }
        if (s.of() == null || s.of() == 0 || s.share() == null) {
            return "ingen";
        }
        return Numbers.percent(s.share()) + " (" + s.count() + " av " + s.of() + ")";
    }

    public String count(Long count, boolean suppressed) {
        return suppressed ? "<" + smallestShownCell : count == null ? "–" : count.toString();
    }
}
