package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.agendum.importing.source.ImportException;
import org.junit.jupiter.api.Test;

/**
 * What is not an agenda gets one clear sentence, never an empty meeting, and in bounded time: prose, nothing, binary
 * junk decoded as text, a masthead without a list, five megabytes of text, and an agenda larger than a meeting may be.
 */
class NotAnAgendaTest {
    private static final String PROSE = "The Working Group met in Vienna and discussed many matters at length. "
            + "It noted the views of States and agreed to continue its work at a later date.";

    @Test
    void prose() {
        assertThatThrownBy(() -> ImportFixtures.importText(PROSE, "notes.txt"))
                .isInstanceOf(ImportException.class)
                .hasMessage("notes.txt holds no agenda: no \u201CProvisional agenda\u201D list was found (a list of items"
                        + " numbered 1., 2., \u2026), and no masthead either.");
    }

    @Test
    void nothing() {
        assertThatThrownBy(() -> ImportFixtures.importText("", "empty.txt"))
                .isInstanceOf(ImportException.class).hasMessage("empty.txt holds no text to read as an agenda.");
        assertThatThrownBy(() -> ImportFixtures.importText(" \n\n\t\f \n", "blank.txt"))
                .isInstanceOf(ImportException.class).hasMessage("blank.txt holds no text to read as an agenda.");
    }

    @Test
    void aMastheadWithoutAnAgendaSaysWhatItRead() {
        String report = "United Nations\n\nA/80/590\n\nGeneral Assembly\n\nDistr.: General\n7 January 2026\n\n"
                + "Original: English\n\nEightieth session\nAgenda item 155\n\nReport of the Secretary-General\n\n"
                + "Summary\n\n" + PROSE + "\n";

        assertThatThrownBy(() -> ImportFixtures.importText(report, "A_80_590.txt"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("A_80_590.txt holds no agenda: no \u201CProvisional agenda\u201D list was found")
                .hasMessageContaining("symbol A/80/590").hasMessageContaining("body General Assembly")
                .hasMessageContaining("distribution General").hasMessageContaining("dated 7 January 2026")
                .hasMessageContaining("original language English");
    }

    @Test
    void binaryJunkDecodedAsText() {
        byte[] junk = new byte[200_000];
        new Random(17).nextBytes(junk);
        String text = new String(junk, StandardCharsets.ISO_8859_1);

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThatThrownBy(() -> ImportFixtures.importText(text, "junk.bin"))
                    .isInstanceOf(ImportException.class).hasMessageContaining("holds no agenda");
        });
    }

    @Test
    void fiveMegabytesOfTextInBoundedTime() {
        StringBuilder text = new StringBuilder();
        Random random = new Random(5);
        while (text.length() < 5_000_000) {
            // prose broken at 90 columns, with hyphens, numbers and brackets a document has
            text.append(PROSE, 0, 20 + random.nextInt(PROSE.length() - 20)).append(random.nextInt(3) == 0 ? "imple-\n"
                    : random.nextInt(5) == 0 ? "[CTOC/COP/WG.4/2017/3](#) (see " : "\n");
            if (random.nextInt(40) == 0) {
                text.append("1 ").append(random.nextInt(99)).append("/4\nV.18-02176\n\f");
            }
        }

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThatThrownBy(() -> ImportFixtures.importPdfText(text.toString(), "big.pdf"))
                    .isInstanceOf(ImportException.class).hasMessageContaining("holds no agenda");
        });
    }

    @Test
    void anAgendaOfFiveMegabytesIsRefusedByTheLimitsInBoundedTime() {
        StringBuilder text = new StringBuilder("Provisional agenda\n\n");
        int items = 900;
        for (int i = 1; i <= items; i++) {
            text.append(i).append(". Consideration of the reports of the subsidiary bodies:\n");
            for (char sub = 'a'; sub <= 'f'; sub++) {
                text.append('(').append(sub).append(") Report of body ").append(i).append(sub).append(sub == 'f' ? ".\n" : ";\n");
            }
        }
        text.append("\nAnnotations\n\n");
        for (int i = 1; text.length() < 5_000_000; i = i % items + 1) {
            text.append(i).append(". Consideration of the reports of the subsidiary bodies\n\n").append(PROSE)
                    .append("\n\n");
        }

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThatThrownBy(() -> ImportFixtures.importText(text.toString(), "huge.txt"))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("huge.txt holds 6,300 agenda items; Agendum opens meetings of at most 5,000 agenda items.");
        });
    }

    @Test
    void aTextWithAListIsAnAgendaEvenWithoutAMasthead() throws Exception {
        String text = "1. Opening of the session.\n2. Adoption of the agenda.\n3. Other matters.\n";

        assertThat(ImportFixtures.importText(text, "list.txt").meeting().agenda().size()).isEqualTo(3);
    }
}
