package org.agendum.importing.text;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.typography.LinkTargets;

/**
 * The little markup web copies of UN documents carry, as the reference text has it: {@code <i>…</i>} italic,
 * {@code <b>…</b>} bold, {@code [text](target)} a link. A link whose target is empty or "#" (the copy lost the
 * address) links a document symbol to its address in the Official Document System, as the sample does, and leaves
 * other text plain; a web or e-mail address is kept. Footnote placeholders ({@link PageFootnotes}) become footnote
 * marks with their note's text, itself read the same way. Anything else is text as it stands.
 */
final class InlineMarkup {
    private final List<String> notes;

    InlineMarkup(List<String> notes) {
        this.notes = notes;
    }

    List<Inline> inlines(String text) {
        List<Inline> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        boolean italic = false;
        boolean bold = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            String tag = tagAt(text, i);
            if (tag != null) {
                flush(out, pending, style(bold, italic));
                switch (tag) {
                    case "<i>" -> italic = true;
                    case "</i>" -> italic = false;
                    case "<b>" -> bold = true;
                    default -> bold = false;
                }
                i += tag.length();
            } else if (c == '[' && linkEnd(text, i) > 0) {
                flush(out, pending, style(bold, italic));
                int end = linkEnd(text, i);
                int close = text.lastIndexOf("](", end);
                String label = text.substring(i + 1, close);
                String target = text.substring(close + 2, end - 1).strip();
                out.add(new TextRun(label, style(bold, italic).withLink(linkTarget(label, target))));
                i = end;
            } else if (c == PageFootnotes.OPEN && text.indexOf(PageFootnotes.CLOSE, i) > 0) {
                flush(out, pending, style(bold, italic));
                int close = text.indexOf(PageFootnotes.CLOSE, i);
                int index = Integer.parseInt(text.substring(i + 1, close));
                out.add(new FootnoteMark(new InlineMarkup(List.of()).inlines(notes.get(index)).stream()
                        .filter(TextRun.class::isInstance).map(TextRun.class::cast).toList()));
                i = close + 1;
            } else {
                pending.append(c);
                i++;
            }
        }
        flush(out, pending, style(bold, italic));
        return out;
    }

    /** The markup without its tags: what a reader of the text sees. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        new InlineMarkup(List.of()).inlines(text).forEach(inline -> out.append(inline.visibleText()));
        return out.toString();
    }

    private static final String[] TAGS = {"<i>", "</i>", "<b>", "</b>"};

    private static String tagAt(String text, int i) {
        if (text.charAt(i) != '<') {
            return null;
        }
        for (String tag : TAGS) {
            if (text.startsWith(tag, i)) {
                return tag;
            }
        }
        return null;
    }

    /** The longest link markup looked for: a label and an address; junk with many brackets stays linear. */
    private static final int MAX_LINK = 400;

    /** Where "[label](target)" starting at {@code i} ends (after its bracket), or -1 if it is not one. */
    private static int linkEnd(String text, int i) {
        int limit = Math.min(text.length(), i + MAX_LINK);
        int close = -1;
        for (int k = i + 1; k + 1 < limit; k++) {
            char c = text.charAt(k);
            if (c == '[' || c == '\n') {
                return -1;
            }
            if (c == ']') {
                if (text.charAt(k + 1) != '(') {
                    return -1;
                }
                close = k;
                break;
            }
        }
        if (close < 0) {
            return -1;
        }
        for (int k = close + 2; k < limit; k++) {
            char c = text.charAt(k);
            if (c == ')') {
                return k + 1;
            }
            if (Character.isWhitespace(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static String linkTarget(String label, String target) {
        if (target.isEmpty() || target.equals("#")) {
            return DocumentSymbol.isWellFormed(label.strip()) ? DocumentSymbol.odsAddress(label.strip()) : null;
        }
        return LinkTargets.isAllowed(target) ? target : null;
    }

    private static TextStyle style(boolean bold, boolean italic) {
        return TextStyle.PLAIN.withBold(bold).withItalic(italic);
    }

    private static void flush(List<Inline> out, StringBuilder pending, TextStyle style) {
        if (pending.length() > 0) {
            out.add(new TextRun(pending.toString(), style));
            pending.setLength(0);
        }
    }
}
