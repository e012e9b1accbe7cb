package org.agendum.importing.text;

/**
 * One line of the text as it came: its page (1 when the text has no form feeds), its line number in the whole text
 * and on its page (1-based, as an editor and a reader count), and its characters without the line break.
 */
record TextLine(int page, int number, int lineOnPage, String text) {
    boolean isBlank() {
        return text.isBlank();
    }

    TextLine withText(String newText) {
        return new TextLine(page, number, lineOnPage, newText);
    }
}
