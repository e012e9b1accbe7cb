package org.agendum.importing.text;

/**
 * One line of the text as it came: its page (1 when the text has no form feeds), its line number in the whole text
 * and on its page (1-based, as an editor and a reader count), its characters without the line break, and its look
 * where it was printed ({@link LineLook#NONE} in plain text).
 */
record TextLine(int page, int number, int lineOnPage, String text, LineLook look) {
    TextLine(int page, int number, int lineOnPage, String text) {
        this(page, number, lineOnPage, text, LineLook.NONE);
    }

    boolean isBlank() {
        return text.isBlank();
    }

    TextLine withText(String newText) {
        return new TextLine(page, number, lineOnPage, newText, look);
    }

    TextLine withLook(LineLook newLook) {
        return new TextLine(page, number, lineOnPage, text, newLook);
    }
}
