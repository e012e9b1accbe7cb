package org.agendum.ui.common;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/** The editors' stylesheet (editors.css, beside agendum.css) and the serif family for document text. */
public final class EditorStyles {
    /** Times New Roman or the first installed look-alike. */
    static final List<String> DOCUMENT_FAMILIES = List.of(
            "Times New Roman", "Liberation Serif", "Tinos", "Nimbus Roman", "TeX Gyre Termes", "Times");
    private static String family;

    private EditorStyles() {
    }

    public static String stylesheet() {
        return Objects.requireNonNull(EditorStyles.class.getResource("/org/agendum/ui/editors.css"), "editors.css")
                .toExternalForm();
    }

    /** Gives a self-contained editor its stylesheet, so that it looks right wherever the shell mounts it. */
    public static void install(Parent editor) {
        String sheet = stylesheet();
        if (!editor.getStylesheets().contains(sheet)) {
            editor.getStylesheets().add(sheet);
        }
    }

    /** The serif family for annotation text; looks the installed fonts up once (the FX toolkit must run). */
    public static synchronized String documentFamily() {
        if (family == null) {
            family = choose(new HashSet<>(Font.getFamilies()));
        }
        return family;
    }

    static String choose(Set<String> installed) {
        return DOCUMENT_FAMILIES.stream().filter(installed::contains).findFirst().orElse("Serif");
    }

    /** An inline style that sets the document family on a container; its text inherits it. */
    public static String documentFontStyle() {
        return "-fx-font-family: \"" + documentFamily() + "\";";
    }
}
