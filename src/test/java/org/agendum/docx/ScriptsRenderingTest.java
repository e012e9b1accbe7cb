package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Arabic and a Chinese version as a reader sees them, through LibreOffice ({@link LibreOfficePdf}): the Arabic
 * lines flush right with their numbers on the right, and the annex's first column on the right; the Chinese text
 * drawn in a font that has its glyphs (fonts installed by {@code .ci/setup}).
 */
class ScriptsRenderingTest {
    @BeforeAll
    static void findTools() {
        LibreOfficePdf.requireTools();
    }

    @Test
    void anArabicVersionReadsFromTheRightWithItsNumbersOnTheRight(@TempDir Path dir) throws Exception {
        List<String> pages = LibreOfficePdf.layoutPages(LibreOfficePdf.renderToPdf(LanguageVersions.arabic(), dir));

        // the provisional agenda's five items: the number last on the line ("-1" is Arabic's "1 -" read from the
        // right), the numbers in one column at the right, the Arabic titles ragged on the left; the list ends at the
        // Annotations' heading, "الشروح"
        String list = pages.get(0).substring(0, pages.get(0).indexOf("الشروح"));
        List<String> items = list.lines().filter(l -> l.strip().matches(".*\\p{IsArabic}.*\\s-[1-5]"))
                .toList();
        assertThat(items).hasSize(5);
        assertThat(items.stream().map(l -> l.stripTrailing().length()).distinct()).as(String.join("\n", items))
                .hasSize(1);
        assertThat(items.stream().map(l -> l.length() - l.stripLeading().length()).distinct()).hasSizeGreaterThan(1);
        int textEnd = items.get(0).stripTrailing().length();
        // poppler gives the lam-alef ligatures back in another order, so the lines are found by words without them
        String title = lineWith(pages.get(0), "المشروح");
        assertThat(title.stripTrailing().length()).as("the title's text ends on the right, near the items' text")
                .isGreaterThan(textEnd / 2);
        // Latin within the right-to-left page keeps its own order
        assertThat(pages.get(0)).contains("9 April 2018", "V.18-01234 (A)");
        assertThat(pages.get(0).lines()).as("the symbol inside the Arabic annotation, in its own order")
                .anyMatch(l -> l.matches(".*\\p{IsArabic}.*CTOC/COP/WG\\.4/2018/1.*\\p{IsArabic}.*"));

        String annex = pages.get(pages.size() - 1).isBlank() ? pages.get(pages.size() - 2) : pages.get(pages.size() - 1);
        String firstMeeting = lineWith(annex, "10:00-13:00");
        // poppler gives "1 (أ)" (drawn right, as the rendered page shows) back as "( 1أ)"
        assertThat(firstMeeting.strip()).as("date and time in the right column, then the item, then the title")
                .endsWith("10:00-13:00").contains("1أ");
        assertThat(firstMeeting.indexOf("1أ")).isLessThan(firstMeeting.indexOf("10:00"))
                .isGreaterThan(firstMeeting.indexOf("افتتاح"));
        assertThat(lineWith(annex, "التاريخ والوقت").strip()).as("the heads: date and time on the right")
                .endsWith("التاريخ والوقت").startsWith("العنوان أو الوصف");
    }

    @Test
    void aChineseVersionShowsItsCharactersInAChineseFont(@TempDir Path dir) throws Exception {
        Path pdf = LibreOfficePdf.renderToPdf(LanguageVersions.chinese(), dir);
        String text = String.join("\n", LibreOfficePdf.layoutPages(pdf));

        assertThat(text).contains("贩运人口问题工作组", "临时议程说明", "组织事项", "通过议程和工作安排", "通过报告");
        String fonts = LibreOfficePdf.fonts(pdf);
        List<String> chineseFonts = Arrays.stream(LibreOfficePdf.run(dir, "fc-list", ":lang=zh", "family")
                .split("[,\\n]")).map(f -> f.replace(" ", "").strip()).filter(f -> !f.isEmpty()).toList();
        assertThat(chineseFonts).as("a font with Chinese glyphs is installed (bash .ci/setup)").isNotEmpty();
        assertThat(chineseFonts).as(fonts).anyMatch(fonts::contains);
        assertThat(Files.size(pdf)).isPositive();
    }

    private static String lineWith(String page, String text) {
        return page.lines().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + text + " in\n" + page));
    }
}
