package org.agendum.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.agendum.model.Language;

/**
 * The document's styles part, word/styles.xml: the UN style catalogue is the same in every document but for what
 * the version's language sets ({@link DocumentScript}: fonts, language tags, direction, letter spacing), so it is a
 * resource ({@code styles.xml} beside this class, with the sources of its values) filled in once per language,
 * rather than XML built anew for every export.
 */
final class StylesPart {
    static final String NAME = "word/styles.xml";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    private static final Pattern COMMENTS = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern INDENTATION = Pattern.compile(">\\s+<");
    /** A style's letter spacing; the paragraph spacing ({@code w:before}, {@code w:after}, {@code w:line}) has no w:val. */
    private static final Pattern LETTER_SPACING = Pattern.compile("<w:spacing w:val=\"-?\\d+\"/>");

    /** The resource without its comments, read once. */
    private static final String TEMPLATE = template();
    private static final Map<Language, byte[]> PARTS = new EnumMap<>(Language.class);

    private StylesPart() {
    }

    static void write(WordPackage word, Language language) {
        word.xmlPart(NAME, CONTENT_TYPE, part(language));
    }

    private static synchronized byte[] part(Language language) {
        return PARTS.computeIfAbsent(language, l -> fill(DocumentScript.of(l)).getBytes(StandardCharsets.UTF_8));
    }

    static String fill(DocumentScript script) {
        String xml = TEMPLATE.replace("${fonts}", script.fontAttributes())
                .replace("${language}", script.languageAttributes())
                .replace("${paragraphDirection}", script.rightToLeft() ? "<w:bidi/>" : "");
        if (script.rightToLeft()) {
            // Word takes bold and italic of right-to-left runs from w:bCs and w:iCs only
            xml = xml.replace("<w:b/>", "<w:b/><w:bCs/>").replace("<w:i/>", "<w:i/><w:iCs/>");
        }
        if (!script.letterSpacing()) {
            xml = LETTER_SPACING.matcher(xml).replaceAll("");
        }
        // the declaration keeps its line; the whitespace between elements is for people only
        return INDENTATION.matcher(xml).replaceAll("><");
    }

    private static String template() {
        try (InputStream in = StylesPart.class.getResourceAsStream("styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("styles.xml is missing beside " + StylesPart.class.getName());
            }
            return COMMENTS.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
