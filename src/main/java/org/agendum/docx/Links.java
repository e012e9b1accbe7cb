package org.agendum.docx;

import java.util.Optional;
import org.agendum.model.DocumentSymbol;
import org.agendum.typography.LinkTargets;

/**
 * Link targets as the Word file holds them: only what {@link LinkTargets} allows (web and e-mail addresses, the
 * window's and validation's rule too). Anything else (a typing slip, a bare word, {@code file:} or
 * {@code javascript:}) is left out and the text stays as plain text: a broken relationship would make the whole
 * file unreadable, and a link to a local file or a script must not reach readers of the document.
 */
final class Links {
    private Links() {
    }

    static Optional<String> target(String link) {
        return LinkTargets.address(link);
    }

    /** The ODS address of a document symbol (https://docs.un.org/en/SYMBOL), when the symbol makes one. */
    static Optional<String> ods(String symbol) {
        String cleaned = DocxText.clean(symbol).strip();
        return cleaned.isEmpty() ? Optional.empty() : target(DocumentSymbol.odsAddress(cleaned));
    }
}
