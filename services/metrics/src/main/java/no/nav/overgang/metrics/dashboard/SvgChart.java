package no.nav.overgang.metrics.dashboard;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A small, hand-written renderer of step curves as inline SVG, server-side (no JavaScript): a share from 0 to 100 %
 * against days since cohort entry, with an optional confidence band per curve, axes with ticks and a legend. The
 * lines differ in dash pattern as well as colour, so they can be told apart without colour. Only presentation
 * attributes are used (no style attributes), which the pages' content security policy allows. The SVG has a title
 * and a description for screen readers; the tables next to it carry the same numbers.
 */
final class SvgChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 340;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int BOTTOM = 52;

    /**
     * One step curve: {@code value[i]} holds from {@code time[i]} until the next time; before the first time the
     * curve is at {@code start}. Band limits may be null (no band) or NaN where undefined.
     */
    record Series(String name, String color, String dash, double start, double[] time, double[] value,
                  double[] lower, double[] upper) {
    }

    private SvgChart() {
    }

    static String render(String id, String title, String description, String yLabel, double xMax,
                         List<Series> series) {
        double xEnd = niceEnd(Math.max(xMax, 1));
        StringBuilder svg = new StringBuilder(4096 + series.size() * 16 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kurve\" id=\"").append(id)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(id).append("-tittel ")
                .append(id).append("-beskrivelse\" font-family=\"Source Sans 3, Arial, sans-serif\" font-size=\"13\">")
                .append("<title id=\"").append(id).append("-tittel\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-beskrivelse\">").append(escape(description))
                .append("</desc>");
        axes(svg, xEnd, yLabel);
        for (Series s : series) {
            if (s.lower() != null) {
                band(svg, s, xEnd);
            }
        }
        for (Series s : series) {
            svg.append("<path class=\"kurvelinje\" data-serie=\"").append(escape(s.name())).append("\" d=\"")
                    .append(stepPath(s.start(), s.time(), s.value(), xEnd))
                    .append("\" fill=\"none\" stroke=\"").append(s.color()).append("\" stroke-width=\"2.5\"");
            if (!s.dash().isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(s.dash()).append('"');
            }
            svg.append("/>");
        }
        legend(svg, series);
        return svg.append("</svg>").toString();
    }

    private static void axes(StringBuilder svg, double xEnd, String yLabel) {
        int bottom = HEIGHT - BOTTOM;
        int right = WIDTH - RIGHT;
        svg.append("<g stroke=\"#cfd3d8\" stroke-width=\"1\">");
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = y(pct / 100.0);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(right).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>");
        }
        svg.append("</g><g fill=\"#23262a\">");
        for (int pct = 0; pct <= 100; pct += 25) {
            svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(fmt(y(pct / 100.0) + 4))
                    .append("\" text-anchor=\"end\">").append(pct).append(" %</text>");
        }
        double step = tickStep(xEnd);
        for (double t = 0; t <= xEnd + 1e-9; t += step) {
            double x = x(t, xEnd);
            svg.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"")
                    .append(bottom).append("\" y2=\"").append(bottom + 5).append("\" stroke=\"#23262a\"/>")
                    .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(bottom + 20)
                    .append("\" text-anchor=\"middle\">").append((long) t).append("</text>");
        }
        svg.append("<text x=\"").append((LEFT + right) / 2).append("\" y=\"").append(HEIGHT - 8)
                .append("\" text-anchor=\"middle\">Dager siden saken kom inn i kohorten</text>")
                .append("<text transform=\"translate(14 ").append((TOP + bottom) / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(escape(yLabel)).append("</text></g>")
                .append("<line x1=\"").append(LEFT).append("\" x2=\"").append(right).append("\" y1=\"")
                .append(bottom).append("\" y2=\"").append(bottom).append("\" stroke=\"#23262a\"/>")
                .append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#23262a\"/>");
    }

    /** The band between the step curves of the limits, up to where a limit becomes undefined. */
    private static void band(StringBuilder svg, Series s, double xEnd) {
        int n = 0;
        while (n < s.time().length && !Double.isNaN(s.lower()[n]) && !Double.isNaN(s.upper()[n])) {
            n++;
        }
        double until = n < s.time().length ? s.time()[n] : s.time().length == 0 ? 0 : s.time()[n - 1];
        StringBuilder upper = new StringBuilder("M").append(fmt(x(0, xEnd))).append(',').append(fmt(y(s.start())));
        double previous = s.start();
        for (int i = 0; i < n; i++) {
            double x = x(s.time()[i], xEnd);
            upper.append('L').append(fmt(x)).append(',').append(fmt(y(previous)))
                    .append('L').append(fmt(x)).append(',').append(fmt(y(s.upper()[i])));
            previous = s.upper()[i];
        }
        upper.append('L').append(fmt(x(until, xEnd))).append(',').append(fmt(y(previous)));
        double lowerPrevious = n == 0 ? s.start() : s.lower()[n - 1];
        upper.append('L').append(fmt(x(until, xEnd))).append(',').append(fmt(y(lowerPrevious)));
        for (int i = n - 1; i >= 0; i--) {
            double x = x(s.time()[i], xEnd);
            double before = i == 0 ? s.start() : s.lower()[i - 1];
            upper.append('L').append(fmt(x)).append(',').append(fmt(y(s.lower()[i])))
                    .append('L').append(fmt(x)).append(',').append(fmt(y(before)));
        }
        upper.append('Z');
        svg.append("<path class=\"konfidensband\" d=\"").append(upper).append("\" fill=\"").append(s.color())
                .append("\" fill-opacity=\"0.15\" stroke=\"none\"/>");
    }

    private static String stepPath(double start, double[] time, double[] value, double xEnd) {
        StringBuilder d = new StringBuilder(time.length * 28 + 32);
        d.append('M').append(fmt(x(0, xEnd))).append(',').append(fmt(y(start)));
        double previous = start;
        for (int i = 0; i < time.length; i++) {
            if (value[i] == previous && i < time.length - 1) {
                continue; // a censored time: the curve goes on flat
            }
            double x = x(time[i], xEnd);
            d.append('H').append(fmt(x)).append('V').append(fmt(y(value[i])));
            previous = value[i];
        }
        return d.toString();
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        int x = WIDTH - RIGHT - 260;
        int y = TOP + 14;
        svg.append("<g class=\"forklaring\" fill=\"#23262a\">");
        for (Series s : series) {
            svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x + 36).append("\" y1=\"").append(y - 4)
                    .append("\" y2=\"").append(y - 4).append("\" stroke=\"").append(s.color())
                    .append("\" stroke-width=\"2.5\"");
            if (!s.dash().isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(s.dash()).append('"');
            }
            svg.append("/><text x=\"").append(x + 44).append("\" y=\"").append(y).append("\">")
                    .append(escape(s.name())).append("</text>");
            y += 18;
        }
        svg.append("</g>");
    }

    private static double x(double t, double xEnd) {
        return LEFT + (WIDTH - LEFT - RIGHT) * Math.min(t, xEnd) / xEnd;
    }

    private static double y(double share) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - share);
    }

    /** The axis ends at the next multiple of its tick step. */
    private static double niceEnd(double xMax) {
        double step = tickStep(xMax);
        return Math.ceil(xMax / step) * step;
    }

    private static double tickStep(double xMax) {
        for (double step : new double[] {7, 14, 30, 60, 90, 180, 365}) {
            if (xMax / step <= 8) {
                return step;
            }
        }
        return 730;
    }

    /** One decimal, without String.format: a plot has thousands of coordinates. */
    private static String fmt(double v) {
        long tenths = Math.round(v * 10);
        long whole = Math.abs(tenths) / 10;
        return (tenths < 0 ? "-" : "") + whole + "." + Math.abs(tenths) % 10;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
