package no.nav.overgang.proof.benchmark;

/** A one-line progress bar on stderr, redrawn at most every 250 ms. */
final class Progress {

    private static final int WIDTH = 30;
    private final String label;
    private final long total;
    private long lastDrawn;

    Progress(String label, long total) {
        this.label = label;
        this.total = total;
    }

    void show(long done, String detail) {
        long now = System.nanoTime();
        if (now - lastDrawn > 250_000_000L) {
            lastDrawn = now;
            draw(done, detail);
        }
    }

    void done(long done, String detail) {
        draw(done, detail);
        System.err.println();
    }

    private void draw(long done, String detail) {
        long clamped = Math.min(Math.max(done, 0), total);
        int filled = total == 0 ? WIDTH : (int) (WIDTH * clamped / total);
        System.err.printf("\r  %-12s [%s%s] %3d%%  %s   ", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                total == 0 ? 100 : 100 * clamped / total, detail);
        System.err.flush();
    }
}
