package org.agendum.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.agendum.model.Language;

/**
 * The document's styles part, word/styles.xml: the UN style catalogue is the same in every document but for the
 * runs' language, so it is a resource ({@code styles.xml} beside this class, with the sources of its values) filled
 * in with the language tag, rather than XML built anew for every export.
 */
final class StylesPart {
    static final String NAME = "word/styles.xml";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    private static final String LANGUAGE = "${language}";
    private static final Pattern COMMENTS = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern INDENTATION = Pattern.compile(">\\s+<");

    /** The resource without its comments and indentation, read once. */
    private static final String TEMPLATE = template();

    private StylesPart() {
    }

    static void write(WordPackage word, Language language) {
        word.xmlPart(NAME, CONTENT_TYPE,
                TEMPLATE.replace(LANGUAGE, UnStyles.languageTag(language)).getBytes(StandardCharsets.UTF_8));
    }

    private static String template() {
        try (InputStream in = StylesPart.class.getResourceAsStream("styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("styles.xml is missing beside " + StylesPart.class.getName());
            }
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the declaration keeps its line; comments and the whitespace between elements are for people only
            return INDENTATION.matcher(COMMENTS.matcher(xml).replaceAll("")).replaceAll("><");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
