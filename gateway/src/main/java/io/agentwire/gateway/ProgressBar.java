package io.agentwire.gateway;

import java.io.PrintStream;

import io.agentwire.aonp.m2tp.ProgressListener;

/** A one-line progress bar on stderr for transfers of 1 MiB or more, redrawn at most ten times a second. */
final class ProgressBar implements ProgressListener {
    private static final long MIN_SIZE = 1 << 20;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream out, long total) {
        this.out = out;
        this.total = total;
    }

    @Override
    public void progress(long sent, long size) {
        long now = System.nanoTime();
        if (total < MIN_SIZE || (now - lastDraw < 100_000_000L && sent < total)) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double fraction = total <= 0 ? 0 : Math.min(1.0, (double) sent / total);
        int filled = (int) (fraction * WIDTH);
        double seconds = Math.max((now - start) / 1e9, 1e-9);
        out.printf("\r[%s%s] %3d%% %.1f/%.1f MiB %.1f MiB/s ", "#".repeat(filled), " ".repeat(WIDTH - filled),
                (int) (fraction * 100), sent / 1048576.0, total / 1048576.0, sent / 1048576.0 / seconds);
        out.flush();
    }

    /** Ends the bar's line, if one was drawn. */
    void finish() {
        if (drawn) {
            out.println();
        }
    }
}
