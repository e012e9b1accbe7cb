package org.agendum.docx;

/**
 * The paragraphs, runs and tables of one part (the body, a header, a footer, the footnotes), written as they come:
 * a paragraph's properties first, then its runs, each with its own formatting. Links get their relationship in
 * the part's {@link Relationships}.
 *
 * <p>It remembers the last character of the paragraph being written, as a reader of the runs written so far would
 * see it (a tab is a tab, a footnote reference reads "[footnoteRef:n]", field codes read nothing), so that a quote
 * at the start of a run opens or closes as it should ({@link DocxText#typeset}) without reading the paragraph again:
 * the rule of the XMLBeans export, which asked POI for the text of the last runs.
 *
 * <p>The version's {@link DocumentScript} is applied here, to every paragraph and run of every part, so that the
 * writers of the masthead, the body and the furniture lay out the document once for both directions.
 */
final class ContentWriter {
    private final XmlWriter xml;
    private final Relationships relationships;
    private final DocumentScript script;
    /** The paragraph's last character so far, or -1 when it has no text yet. */
    private int lastCharacter = -1;

    ContentWriter(XmlWriter xml, Relationships relationships, DocumentScript script) {
        this.xml = xml;
        this.relationships = relationships;
        this.script = script;
    }

    XmlWriter xml() {
        return xml;
    }

    /** The version runs right to left: tables read from the right ({@link FixedTable}), as the paragraphs do. */
    boolean rightToLeft() {
        return script.rightToLeft();
    }

    void paragraph(ParagraphFormat format) {
        xml.start("w:p");
        format.write(xml, script.rightToLeft());
        lastCharacter = -1;
    }

    void endParagraph() {
        xml.end();
    }

    /** A paragraph with no runs: a spacer, an empty cell. */
    void emptyParagraph(ParagraphFormat format) {
        paragraph(format);
        endParagraph();
    }

    /** Text as the reader sees it ({@link DocxText#typeset}: storable, curly quotes), in one run. */
    void text(String text) {
        text(text, RunFormat.NONE);
    }

    void text(String text, RunFormat format) {
        run(typeset(text), format);
    }

    /** Text as given, not typeset: a document symbol, a field's stored result. */
    void plainText(String text, RunFormat format) {
        run(text, format);
    }

    /** {@code text} typeset after what the paragraph holds so far. */
    String typeset(String text) {
        return DocxText.typeset(this::lastCharacter, text);
    }

    private String lastCharacter() {
        return lastCharacter < 0 ? "" : new String(Character.toChars(lastCharacter));
    }

    /**
     * Text that reads left to right in a right-to-left version too, between left-to-right marks: the "/" of the
     * page number "2/4", whose numbers are fields that LibreOffice would otherwise order from the right ("4/2").
     */
    void leftToRightText(String text, RunFormat format) {
        String typeset = typeset(text);
        run(typeset, format, script.rightToLeft() && !typeset.isEmpty());
    }

    private void run(String text, RunFormat format) {
        run(text, format, script.rightToLeft() && DocumentScript.leftToRightText(text));
    }

    private void run(String text, RunFormat format, boolean leftToRight) {
        String written = leftToRight ? DocumentScript.markedLeftToRight(text) : text;
        xml.start("w:r");
        format.write(xml, script, leftToRight);
        xml.start("w:t");
        if (!written.isEmpty() && (Character.isWhitespace(written.charAt(0))
                || Character.isWhitespace(written.charAt(written.length() - 1)))) {
            xml.attribute("xml:space", "preserve");
        }
        xml.text(written).end().end();
        if (!text.isEmpty()) {
            lastCharacter = text.codePointBefore(text.length());
        }
    }

    /** A link to {@code target} (already an allowed address) around a run of {@code text} as given. */
    void hyperlink(String target, String text, RunFormat format) {
        xml.start("w:hyperlink").attribute("r:id", relationships.addExternal(Relationships.HYPERLINK, target));
        run(text, format);
        xml.end();
    }

    void tab() {
        tabs(1);
    }

    /** {@code count} tabs in one run; none when {@code count} is 0. */
    void tabs(int count) {
        if (count <= 0) {
            return;
        }
        startRun();
        for (int i = 0; i < count; i++) {
            xml.empty("w:tab");
        }
        xml.end();
        lastCharacter = '\t';
    }

    /** Starts a run without formatting of its own (tabs, a picture), which a right-to-left version marks rtl. */
    void startRun() {
        xml.start("w:r");
        RunFormat.NONE.write(xml, script);
    }

    /**
     * A reference to the footnote {@code id}; with {@code ownMarkFollows}, {@code w:customMarkFollows} tells the
     * reader that the next run is the mark and that the note takes no number.
     */
    void footnoteReference(int id, boolean ownMarkFollows) {
        xml.start("w:r");
        RunFormat.styled(UnStyles.FOOTNOTE_REFERENCE).write(xml, script);
        xml.start("w:footnoteReference").attribute("w:id", id);
        if (ownMarkFollows) {
            xml.attribute("w:customMarkFollows", "1"); // as Word writes it
        }
        xml.end().end();
        lastCharacter = ']';
    }

    /** In a footnote, the note's own number. */
    void footnoteNumber() {
        xml.start("w:r");
        RunFormat.styled(UnStyles.FOOTNOTE_REFERENCE).write(xml, script);
        xml.empty("w:footnoteRef").end();
    }

    /** A field's "begin", "separate" or "end" mark. */
    void fieldCharacter(String type, RunFormat format) {
        xml.start("w:r");
        format.write(xml, script);
        xml.empty("w:fldChar", "w:fldCharType", type).end();
    }

    /** A field's code, which readers do not show. */
    void fieldCode(String code, RunFormat format) {
        xml.start("w:r");
        format.write(xml, script);
        xml.start("w:instrText").attribute("xml:space", "preserve").text(code).end().end();
    }
}
