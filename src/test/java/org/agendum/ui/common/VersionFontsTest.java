package org.agendum.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.agendum.model.Language;
import org.junit.jupiter.api.Test;

/** The font of a Chinese or Arabic version is the first installed family that has its glyphs. */
class VersionFontsTest {
    @Test
    void takesTheFirstInstalledFamilyOfTheScript() {
        assertThat(VersionFonts.choose(VersionFonts.INTERFACE.get(Language.CHINESE),
                Set.of("DejaVu Sans", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"))).contains("WenQuanYi Zen Hei");
        assertThat(VersionFonts.choose(VersionFonts.DOCUMENT.get(Language.ARABIC), Set.of("DejaVu Sans", "Amiri")))
                .contains("Amiri");
    }

    @Test
    void noneInstalledLeavesTheThemesFont() {
        assertThat(VersionFonts.choose(VersionFonts.INTERFACE.get(Language.ARABIC), Set.of("Liberation Sans")))
                .isEmpty();
        assertThat(VersionFonts.INTERFACE).doesNotContainKeys(Language.ENGLISH, Language.FRENCH, Language.SPANISH,
                Language.RUSSIAN);
    }
}
