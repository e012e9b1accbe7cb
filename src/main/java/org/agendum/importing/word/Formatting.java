package org.agendum.importing.word;

import org.agendum.model.TextStyle;
import org.w3c.dom.Element;

/**
 * The character formatting the model keeps (bold, italic, underline, superscript), each on, off or not said
 * (null, inherited), as Word lays it from the document's defaults through the styles to the run itself.
 */
record Formatting(Boolean bold, Boolean italic, Boolean underline, Boolean superscript) {
    static final Formatting NONE = new Formatting(null, null, null, null);

    /** This formatting with a run-properties element ({@code w:rPr}) laid over it; null changes nothing. */
    Formatting over(Element runProperties) {
        if (runProperties == null) {
            return this;
        }
        Boolean b = Ooxml.onOff(Ooxml.child(runProperties, "b"));
        Boolean i = Ooxml.onOff(Ooxml.child(runProperties, "i"));
        Element u = Ooxml.child(runProperties, "u");
        Boolean underlined = u == null ? null : !"none".equals(Ooxml.val(u));
        Element vertAlign = Ooxml.child(runProperties, "vertAlign");
        Boolean sup = vertAlign == null ? null : "superscript".equals(Ooxml.val(vertAlign));
        return new Formatting(b == null ? bold : b, i == null ? italic : i, underlined == null ? underline : underlined,
                sup == null ? superscript : sup);
    }

    Formatting over(Formatting other) {
        return new Formatting(other.bold == null ? bold : other.bold, other.italic == null ? italic : other.italic,
                other.underline == null ? underline : other.underline,
                other.superscript == null ? superscript : other.superscript);
    }

    TextStyle style(String link) {
        return new TextStyle(Boolean.TRUE.equals(bold), Boolean.TRUE.equals(italic), Boolean.TRUE.equals(underline),
                Boolean.TRUE.equals(superscript), link);
    }
}
