package org.agendum.programme.xlsx;

/**
 * Text for a printed page's header: "&" starts a code there ("&P" is the page number), so a typed one is doubled,
 * and the header holds at most 255 characters.
 */
final class HeaderText {
    private HeaderText() {
    }

    static String escape(String text) {
        String escaped = SheetText.clean(text).replace("\n", " ").replace("&", "&&");
        return escaped.length() > 240 ? escaped.substring(0, 240) : escaped;
    }
}
