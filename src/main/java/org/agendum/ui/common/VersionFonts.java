package org.agendum.ui.common;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.text.Font;
import org.agendum.model.Language;

/**
 * Fonts that have the glyphs of a Chinese or an Arabic version. JavaFX on Linux draws a glyph its font lacks from
 * another font but measures it with the first, so a title set in the theme's font wraps wrongly or is cut short;
 * the parts that hold such a version's text are set in a font of its script instead. The first installed family
 * of each list is taken (the Debian packages: README, "Fonts").
 */
public final class VersionFonts {
    /** For the window's own parts (the tree, the fields): sans-serif, as the theme. */
    static final Map<Language, List<String>> INTERFACE = Map.of(
            Language.CHINESE, List.of("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
                    "WenQuanYi Micro Hei", "AR PL UMing CN"),
            Language.ARABIC, List.of("Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans"));
    /** For the annotation, which shows the document's text: serif where there is one. */
    static final Map<Language, List<String>> DOCUMENT = Map.of(
            Language.CHINESE, List.of("Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN",
                    "Noto Sans CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei"),
            Language.ARABIC, List.of("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "DejaVu Sans"));
    private static Set<String> installed;

    private VersionFonts() {
    }

    /** The family for the window's parts in a version of {@code language}; empty: the theme's. */
    public static Optional<String> interfaceFamily(Language language) {
        return choose(INTERFACE.getOrDefault(language, List.of()), installed());
    }

    /** The family for the annotation's text in a version of {@code language}: Times or its look-alike for Latin. */
    public static String documentFamily(Language language) {
        return choose(DOCUMENT.getOrDefault(language, List.of()), installed())
                .orElseGet(EditorStyles::documentFamily);
    }

    /** An inline style with the family for the window's parts, or none. */
    public static String interfaceStyle(Language language) {
        return interfaceFamily(language).map(family -> "-fx-font-family: \"" + family + "\";").orElse("");
    }

    public static String documentStyle(Language language) {
        return "-fx-font-family: \"" + documentFamily(language) + "\";";
    }

    static Optional<String> choose(List<String> candidates, Set<String> families) {
        return candidates.stream().filter(families::contains).findFirst();
    }

    /** The installed families, looked up once (the FX toolkit must run). */
    private static synchronized Set<String> installed() {
        if (installed == null) {
            installed = new HashSet<>(Font.getFamilies());
        }
        return installed;
    }
}
