package org.agendum.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;

/** The serif family for document text: Times New Roman or the first installed look-alike, else the logical Serif. */
final class DocumentFont {
    static final List<String> PREFERRED = List.of(
            "Times New Roman", "Liberation Serif", "Tinos", "Nimbus Roman", "TeX Gyre Termes", "Times");
    static final String FALLBACK = "Serif";
    private static String family;

    private DocumentFont() {
    }

    /** The family; looks the installed fonts up once (the FX toolkit must be running). */
    static synchronized String family() {
        if (family == null) {
            family = choose(new HashSet<>(Font.getFamilies()));
        }
        return family;
    }

    static String choose(Set<String> installed) {
        return PREFERRED.stream().filter(installed::contains).findFirst().orElse(FALLBACK);
    }

    /** An inline style that sets the family on a container; its text nodes inherit it. */
    static String style() {
        return "-fx-font-family: \"" + family() + "\";";
    }
}
