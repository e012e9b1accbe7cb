package org.agendum.model;

import java.util.Objects;

/**
 * Character formatting of a run of annotation text. {@code link} is the target address of a hyperlink,
 * or null when the run is not a link (a document symbol links to its ODS address).
 */
public record TextStyle(boolean bold, boolean italic, boolean underline, boolean superscript, String link) {
    public static final TextStyle PLAIN = new TextStyle(false, false, false, false, null);
    public static final TextStyle BOLD = PLAIN.withBold(true);
    public static final TextStyle ITALIC = PLAIN.withItalic(true);

    public TextStyle {
        if (link != null && link.isBlank()) {
            link = null;
        }
    }

    public static TextStyle link(String target) {
        return PLAIN.withLink(target);
    }

    public boolean isLink() {
        return link != null;
    }

    // equals and hashCode written out: a record's own are linked by invokedynamic the first time they run, some
    // milliseconds in a fresh JVM, and the command line compares ids at every start (RecordMethodsTest holds these
    // to what the record's would be)
    @Override
    public boolean equals(Object other) {
        return other instanceof TextStyle s && bold == s.bold && italic == s.italic && underline == s.underline
                && superscript == s.superscript && Objects.equals(link, s.link);
    }

    @Override
    public int hashCode() {
        int hash = Boolean.hashCode(bold);
        hash = hash * 31 + Boolean.hashCode(italic);
        hash = hash * 31 + Boolean.hashCode(underline);
        hash = hash * 31 + Boolean.hashCode(superscript);
        return hash * 31 + Objects.hashCode(link);
    }

    public TextStyle withBold(boolean value) {
        return new TextStyle(value, italic, underline, superscript, link);
    }

    public TextStyle withItalic(boolean value) {
        return new TextStyle(bold, value, underline, superscript, link);
    }

    public TextStyle withUnderline(boolean value) {
        return new TextStyle(bold, italic, value, superscript, link);
    }

    public TextStyle withSuperscript(boolean value) {
        return new TextStyle(bold, italic, underline, value, link);
    }

    public TextStyle withLink(String target) {
        return new TextStyle(bold, italic, underline, superscript, target);
    }
}
