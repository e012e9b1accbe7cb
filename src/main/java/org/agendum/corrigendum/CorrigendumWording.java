package org.agendum.corrigendum;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.LanguageTable;
import org.agendum.typography.QuoteMarks;

/**
 * A corrigendum's words in the language of the version it corrects ({@code corrigendum.*} in each language table,
 * sources in docs/languages.md): "For … read …" is "Au lieu de … lire …" in the French version's Rectificatif, with
 * the version's quotation marks around the document's own words, its places ("Point 3, paragraphe 1") and the words
 * set in italics.
 */
public final class CorrigendumWording {
    /** English, the words the UN's English corrigenda use. */
    public static final CorrigendumWording ENGLISH = of(DocumentLanguage.of(DocumentLanguage.ENGLISH));

    private final DocumentLanguage language;
    private final LanguageTable table;
    private final List<String> keywords;

    private CorrigendumWording(DocumentLanguage language) {
        this.language = language;
        this.table = language.table();
        // longest first, so "Au lieu de" is found before any shorter keyword inside it
        this.keywords = table.list("corrigendum.keywords").stream().filter(word -> !word.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public static CorrigendumWording of(DocumentLanguage language) {
        return new CorrigendumWording(Objects.requireNonNull(language, "language"));
    }

    DocumentLanguage language() {
        return language;
    }

    /** The words an instruction sets in italics, longest first; none in Chinese and Arabic. */
    List<String> keywords() {
        return keywords;
    }

    QuoteMarks quoteMarks() {
        return language.quoteMarks();
    }

    /** The document's own words in the version's quotation marks: “…”, « … », ”…“. */
    String quoted(String text) {
        QuoteMarks marks = language.quoteMarks();
        return marks.open() + marks.space() + text + marks.space() + marks.close();
    }

    /** The template {@code corrigendum.key} filled with the names and values given. */
    String words(String key, String... namesAndValues) {
        return LanguageTable.fill(table.get("corrigendum." + key), namesAndValues);
    }

    String forRead(String oldText, String newText) {
        return words("forRead", "old", quoted(oldText), "new", quoted(newText));
    }

    /** "For “old” read “new”", or an insertion or deletion when one side is blank (a cleared field, a new note). */
    String replacement(String oldText, String newText) {
        if (oldText.isEmpty()) {
            return words("insert", "text", quoted(newText));
        }
        if (newText.isEmpty()) {
            return words("delete", "text", quoted(oldText));
        }
        return forRead(oldText, newText);
    }
}
