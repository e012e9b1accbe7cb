package org.agendum.docx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.agendum.model.Meeting;
import org.agendum.testing.TokenMatch;

/**
 * How much of a real document's text a meeting's Word export reproduces, in order ({@link TokenMatch}): the one
 * scorer of the tests that hold an export against a source text (the meetings typed in from real agendas, and the
 * same agendas imported from their text).
 */
public final class ExportTokenScore {
    private static final Pattern LIST_MARK = Pattern.compile("(?m)^\\s*- ");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern ITALIC_TAG = Pattern.compile("</?i>");

    private ExportTokenScore() {
    }

    /** Exports as the window does (to a file), reads the document back and scores its text against the reference. */
    public static TokenMatch.Result score(Meeting meeting, String reference, Path folder) throws IOException {
        Path docx = folder.resolve("export.docx");
        WordExport.export(meeting, docx, ExportOptions.DEFAULT);
        try (ExportedDocument exported = ExportedDocument.read(Files.readAllBytes(docx))) {
            // masthead, body, footnotes, then the running heads and feet: a reader's order
            return TokenMatch.match(reference, String.join("\n", exported.allLines()));
        }
    }

    /**
     * The reference text without the markup of the text files (not the document's words): the "- " before a
     * sub-item of the list, the sample's link brackets and italics tags.
     */
    public static String referenceText(String file) {
        String plain = LIST_MARK.matcher(file).replaceAll("");
        plain = MARKDOWN_LINK.matcher(plain).replaceAll("$1");
        return ITALIC_TAG.matcher(plain).replaceAll("");
    }
}
