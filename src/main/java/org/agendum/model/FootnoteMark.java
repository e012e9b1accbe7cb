package org.agendum.model;

import java.util.List;

/** A footnote called at this point of the text; its number is derived from its position in the document. */
public record FootnoteMark(List<TextRun> text) implements Inline {
    public FootnoteMark {
        text = Runs.canonical(text);
    }

    public static FootnoteMark of(String plainText) {
        return new FootnoteMark(List.of(TextRun.plain(plainText)));
    }

    public String plainText() {
        StringBuilder out = new StringBuilder();
        text.forEach(run -> out.append(run.text()));
        return out.toString();
    }

    @Override
    public String visibleText() {
        return "";
    }
}
