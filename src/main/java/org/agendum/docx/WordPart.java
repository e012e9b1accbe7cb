package org.agendum.docx;

/**
 * One WordprocessingML part being written (the main part, a header, a footer, the footnotes): its root element
 * with the namespaces it uses, and a {@link ContentWriter} for what goes in it, whose links become the part's
 * relationships. Closing it ends the root and adds the part to the package.
 */
final class WordPart implements AutoCloseable {
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    static final String MAIN_TYPE = TYPE + "document.main+xml";
    static final String HEADER_TYPE = TYPE + "header+xml";
    static final String FOOTER_TYPE = TYPE + "footer+xml";
    static final String FOOTNOTES_TYPE = TYPE + "footnotes+xml";

    private final XmlWriter xml;
    private final ContentWriter content;
    private final int depth;

    private WordPart(WordPackage word, String name, String contentType, String... rootElements) {
        xml = word.xmlPart(name, contentType);
        xml.start(rootElements[0]).attribute("xmlns:w", WordNamespaces.W).attribute("xmlns:r", WordNamespaces.R);
        for (int i = 1; i < rootElements.length; i++) {
            xml.start(rootElements[i]);
        }
        depth = xml.depth();
        content = new ContentWriter(xml, word.relationshipsOf(name), word.script());
    }

    /** The main part, {@code <w:document><w:body>}. */
    static WordPart document(WordPackage word, String name) {
        return new WordPart(word, name, MAIN_TYPE, "w:document", "w:body");
    }

    static WordPart header(WordPackage word, String name) {
        return new WordPart(word, name, HEADER_TYPE, "w:hdr");
    }

    static WordPart footer(WordPackage word, String name) {
        return new WordPart(word, name, FOOTER_TYPE, "w:ftr");
    }

    static WordPart footnotes(WordPackage word, String name) {
        return new WordPart(word, name, FOOTNOTES_TYPE, "w:footnotes");
    }

    ContentWriter content() {
        return content;
    }

    /** Ends the root elements; every paragraph and table in them must have been ended. */
    @Override
    public void close() {
        if (xml.depth() != depth) {
            throw new IllegalStateException("a paragraph or table was left open in the part");
        }
        while (xml.depth() > 0) {
            xml.end();
        }
        xml.close();
    }
}
