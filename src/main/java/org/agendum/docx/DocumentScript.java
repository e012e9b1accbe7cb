package org.agendum.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.agendum.model.Language;

/**
 * How the text of one language version is set in Word: the fonts of Word's four script ranges ({@code w:rFonts}
 * ascii, hAnsi, eastAsia, cs), the language tags ({@code w:lang}), whether paragraphs, runs, tables and the
 * section run right to left, and whether the styles' letter spacing is kept. One table per language,
 * {@code scripts/<tag>.properties} beside this class, so that a font is changed there and not in code.
 */
final class DocumentScript {
    private static final Map<Language, DocumentScript> SCRIPTS = new EnumMap<>(Language.class);
    static final String LEFT_TO_RIGHT_MARK = "\u200E";

    private final String fontAttributes;
    private final String languageAttributes;
    private final boolean rightToLeft;
    private final boolean letterSpacing;

    private DocumentScript(Properties table, String name) {
        fontAttributes = "w:ascii=\"" + value(table, name, "font.ascii") + "\" w:hAnsi=\""
                + value(table, name, "font.hAnsi") + "\" w:cs=\"" + value(table, name, "font.cs")
                + "\" w:eastAsia=\"" + value(table, name, "font.eastAsia") + "\"";
        languageAttributes = "w:val=\"" + value(table, name, "lang.latin") + "\""
                + optional(table, "lang.eastAsia", "w:eastAsia") + optional(table, "lang.bidi", "w:bidi");
        rightToLeft = yes(table, name, "rightToLeft");
        letterSpacing = yes(table, name, "letterSpacing");
    }

    static synchronized DocumentScript of(Language language) {
        return SCRIPTS.computeIfAbsent(language, DocumentScript::read);
    }

    /** The attributes of {@code w:rFonts} in the styles: {@code w:ascii="…" w:hAnsi="…" w:cs="…" w:eastAsia="…"}. */
    String fontAttributes() {
        return fontAttributes;
    }

    /** The attributes of {@code w:lang} in the styles: {@code w:val="…"}, then w:eastAsia and w:bidi when set. */
    String languageAttributes() {
        return languageAttributes;
    }

    /** Paragraphs {@code w:bidi}, runs {@code w:rtl}, tables {@code w:bidiVisual}, the section {@code w:bidi}. */
    boolean rightToLeft() {
        return rightToLeft;
    }

    /** Whether runs and styles keep their letter spacing ({@code w:spacing w:val} in {@code w:rPr}). */
    boolean letterSpacing() {
        return letterSpacing;
    }

    /**
     * Whether a run of {@code text} is set left to right in a right-to-left document: it has letters of a
     * left-to-right script (a document symbol, the English masthead block) and none of a right-to-left one. Such
     * a run takes the Latin fonts and sizes ({@code w:rtl w:val="0"}); a run of Arabic, or of digits and
     * punctuation alone, is right to left and takes the complex-script ones, and the bidi algorithm orders it.
     */
    static boolean leftToRightText(String text) {
        boolean leftToRight = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            byte direction = Character.getDirectionality(cp);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return false;
            }
            leftToRight |= direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
        }
        return leftToRight;
    }

    /**
     * The text of a left-to-right run in a right-to-left document as written: a left-to-right mark (U+200E) before
     * it when it starts with no letter, after it when it ends with neither a letter nor a digit. Without them the bidi algorithm gives a
     * leading number or a final full stop to the paragraph's direction: "9 April 2018" showed as "April 2018 9",
     * "10 a.m.–1 p.m." as ".a.m.–1 p.m 10" (LibreOffice ignores {@code w:rtl w:val="0"} for the order).
     */
    static String markedLeftToRight(String text) {
        boolean markBefore = !strongLeftToRight(text.codePointAt(0));
        // a final digit follows a letter of the run, which makes it left to right already (UAX #9, W7)
        int last = text.codePointBefore(text.length());
        boolean markAfter = !strongLeftToRight(last)
                && Character.getDirectionality(last) != Character.DIRECTIONALITY_EUROPEAN_NUMBER;
        if (!markBefore && !markAfter) {
            return text;
        }
        return (markBefore ? LEFT_TO_RIGHT_MARK : "") + text + (markAfter ? LEFT_TO_RIGHT_MARK : "");
    }

    private static boolean strongLeftToRight(int codePoint) {
        return Character.getDirectionality(codePoint) == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
    }

    private static DocumentScript read(Language language) {
        String name = "scripts/" + tag(language) + ".properties";
        try (InputStream in = DocumentScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + DocumentScript.class.getName());
            }
            Properties table = new Properties();
            table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new DocumentScript(table, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tag(Language language) {
        return switch (language) {
            case ENGLISH -> "en";
            case FRENCH -> "fr";
            case SPANISH -> "es";
            case RUSSIAN -> "ru";
            case CHINESE -> "zh";
            case ARABIC -> "ar";
        };
    }

    private static String value(Properties table, String name, String key) {
        String value = table.getProperty(key, "").strip();
        if (value.isEmpty() || value.indexOf('"') >= 0 || value.indexOf('<') >= 0 || value.indexOf('&') >= 0) {
            throw new IllegalStateException(name + ": " + key + " must be a plain name, not \"" + value + "\"");
        }
        return value;
    }

    private static String optional(Properties table, String key, String attribute) {
        String value = table.getProperty(key, "").strip();
        return value.isEmpty() ? "" : " " + attribute + "=\"" + value(table, "", key) + "\"";
    }

    private static boolean yes(Properties table, String name, String key) {
        String value = value(table, name, key);
        if (!value.equals("yes") && !value.equals("no")) {
            throw new IllegalStateException(name + ": " + key + " must be yes or no, not " + value);
        }
        return value.equals("yes");
    }
}
