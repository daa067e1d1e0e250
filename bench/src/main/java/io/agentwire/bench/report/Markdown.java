package io.agentwire.bench.report;

import java.util.List;
import java.util.Locale;

/** Small Markdown and number formatting helpers shared by the reports. */
public final class Markdown {

    private Markdown() {
    }

    /** One table row. */
    public static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** The header row plus the separator row. */
    public static String header(List<String> cells) {
        StringBuilder sep = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            sep.append(i == 0 ? " --- |" : " ---: |");
        }
        return row(cells) + sep + "\n";
    }

    /** {@code value} with {@code decimals} decimals, or "n/a" when it is not a number. */
    public static String number(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a"
                : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** A ratio such as {@code 0.52×}, or "n/a". */
    public static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a"
                : String.format(Locale.ROOT, "%.2f×", value);
    }

    /** Bytes in MiB with one decimal. */
    public static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
