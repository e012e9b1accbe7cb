package org.agendum.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real agendas of other bodies in the test resources (src/test/resources/org/agendum/real, SOURCES.md): each
 * document's text, SYMBOL.txt, beside the meeting typed in from it, SYMBOL.agendum (the symbol's slashes as
 * underscores), with the lowest score a test allows it.
 */
public final class RealAgendas {
    private static final String FOLDER = "/org/agendum/real/";

    private RealAgendas() {
    }

    /** A real document: its symbol and the lowest score, in per cent, a test allows it. */
    public record Document(String symbol, double floor) {
        /** The files' name without extension: "E/CN.15/2011/1" → "E_CN.15_2011_1". */
        public String stem() {
            return symbol.replace('/', '_');
        }

        @Override
        public String toString() {
            return symbol;
        }
    }

    public static Path path(String name) {
        URL url = RealAgendas.class.getResource(FOLDER + name);
        if (url == null) {
            throw new IllegalStateException(FOLDER + name + " is missing from the test resources");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
