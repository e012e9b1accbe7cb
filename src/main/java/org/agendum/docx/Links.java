package org.agendum.docx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.agendum.model.DocumentSymbol;

/**
 * Link targets as a Word file can hold them. A target that is not an absolute address (a typing slip, a
 * bare word) is left out and the text stays as plain text: a broken relationship would make the whole file
 * unreadable, while a missing link is only a missing link.
 */
final class Links {
    private Links() {
    }

    static Optional<String> target(String link) {
        if (link == null) {
            return Optional.empty();
        }
        String cleaned = DocxText.clean(link).strip();
        if (cleaned.isEmpty() || cleaned.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(cleaned);
            String scheme = uri.getScheme();
            if (scheme == null || !scheme.toLowerCase(Locale.ROOT).matches("https?|mailto|ftp")) {
                return Optional.empty();
            }
            return Optional.of(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The ODS address of a document symbol (https://docs.un.org/en/SYMBOL), when the symbol makes one. */
    static Optional<String> ods(String symbol) {
        String cleaned = DocxText.clean(symbol).strip();
        return cleaned.isEmpty() ? Optional.empty() : target(DocumentSymbol.odsAddress(cleaned));
    }
}
