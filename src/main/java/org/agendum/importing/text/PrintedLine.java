package org.agendum.importing.text;

import java.util.Objects;

/** A line of a printed page: its characters in reading order (tabs between columns) and its look. */
public record PrintedLine(String text, LineLook look) {
    public PrintedLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(look, "look");
    }
}
