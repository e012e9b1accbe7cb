package org.agendum.importing.recognize;

import java.util.Optional;
import org.agendum.model.DocumentSymbol;

/**
 * A symbol read from a file's name, as the Official Document System and offices name files after them:
 * "CTOC_COP_WG.4_2018_1.txt" → "CTOC/COP/WG.4/2018/1" (slashes as underscores, an extension after the last full
 * stop that is not part of the symbol).
 */
final class SymbolFromName {
    private SymbolFromName() {
    }

    static Optional<String> guess(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.substring(dot + 1).matches("(?i)txt|pdf|docx?|rtf|html?")) {
            name = name.substring(0, dot);
        }
        String symbol = name.replace('_', '/').strip();
        return DocumentSymbol.isWellFormed(symbol) && symbol.contains("/") ? Optional.of(symbol) : Optional.empty();
    }
}
