package org.agendum.programme.xlsx;

/**
 * Text as a spreadsheet cell can hold it: the sheet is XML, which cannot hold most control characters, so they are
 * dropped; a tab becomes a space and line breaks stay (the cell wraps). At most the 32,767 characters a cell takes.
 */
public final class SheetText {
    private static final int CELL_LIMIT = 32_767;

    private SheetText() {
    }

    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n' || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000) {
                out.appendCodePoint(cp);
            }
        });
        return out.length() > CELL_LIMIT ? out.substring(0, CELL_LIMIT) : out.toString();
    }
}
