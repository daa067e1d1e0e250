package io.agentwire.aonp.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One test vector of a spec file: {@code ~~~ vector NAME}, then {@code type:}, {@code diag:} and {@code hex:}. */
record SpecVector(String file, String name, long type, String diag, byte[] bytes) {
    private static final String OPEN = "~~~ vector ";

    /** Every vector in {@code file}; a vector with a missing key or bad hex fails the read. */
    static List<SpecVector> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<SpecVector> vectors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(OPEN)) {
                continue;
            }
            String name = lines.get(i).substring(OPEN.length()).trim();
            String type = null;
            String diag = null;
            StringBuilder hex = null;
            for (i++; i < lines.size() && !lines.get(i).startsWith("~~~"); i++) {
                String line = lines.get(i);
                if (line.startsWith("type: ")) {
                    type = line.substring(6).trim();
                } else if (line.startsWith("diag: ")) {
                    diag = line.substring(6).trim();
                } else if (line.startsWith("hex: ")) {
                    hex = new StringBuilder(line.substring(5));
                } else if (line.startsWith("  ") && hex != null) {
                    hex.append(' ').append(line.trim());
                } else if (!line.isBlank()) {
                    throw new IllegalStateException(file + ": unexpected line in vector " + name + ": " + line);
                }
            }
            if (type == null || diag == null || hex == null) {
                throw new IllegalStateException(file + ": vector " + name + " lacks type, diag or hex");
            }
            vectors.add(new SpecVector(file.getFileName().toString(), name, Long.decode(type), diag,
                    parseHex(hex.toString())));
        }
        return vectors;
    }

    private static byte[] parseHex(String hex) {
        String digits = hex.replaceAll("\\s+", "");
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits");
        }
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    @Override
    public String toString() {
        return file + " " + name;
    }
}
