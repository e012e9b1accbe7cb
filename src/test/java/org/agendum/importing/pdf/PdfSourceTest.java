package org.agendum.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agendum.importing.source.ImportException;
import org.junit.jupiter.api.Test;

/** PDF text with page breaks, and the PDFs that cannot be imported, each with one sentence. */
class PdfSourceTest {
    @Test
    void theTextComesLineByLineWithAFormFeedBetweenPages() throws Exception {
        byte[] pdf = PdfFiles.text(List.of(List.of("Provisional agenda", "1. Opening of the meeting."),
                List.of("CTOC/COP/WG.4/2018/1", "2. Adoption of the report.")));

        assertThat(PdfSource.extractText(pdf)).isEqualTo("Provisional agenda\n1. Opening of the meeting.\f"
                + "CTOC/COP/WG.4/2018/1\n2. Adoption of the report.");
    }

    @Test
    void aPdfOfMorePagesThanAnyAgendaIsRefusedBeforeReadingIt() throws Exception {
        byte[] pdf = PdfFiles.blankPages(500);

        long start = System.nanoTime();
        assertThatThrownBy(() -> PdfSource.extractText(pdf)).isInstanceOf(ImportException.class)
                .hasMessage("The PDF has 500 pages; Agendum imports documents of at most 400 pages (an agenda is "
                        + "rarely longer than 50).");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    @Test
    void pagesThatUnpackToHundredsOfMegabytesAreRefusedAfterTheLimitsWorth() throws Exception {
        byte[] pdf = PdfFiles.drawingBomb(PdfSource.MAX_CONTENT_BYTES + 1);
        assertThat(pdf.length).as("a small file").isLessThan(2_000_000);

        long start = System.nanoTime();
        assertThatThrownBy(() -> PdfSource.extractText(pdf)).isInstanceOf(ImportException.class)
                .hasMessage("The PDF's pages unpack to more than 256 MB of drawing instructions (a damaged or "
                        + "hostile file); it cannot be imported.");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(20_000);
    }

    @Test
    void aScannedPdfHasNoTextToRead() throws Exception {
        assertThatThrownBy(() -> PdfSource.extractText(PdfFiles.scanned())).isInstanceOf(ImportException.class)
                .hasMessage("The PDF has no text to read: it looks like a scanned image; open it in a program that "
                        + "recognizes text (OCR), save the text, and import that.");
        assertThatThrownBy(() -> PdfSource.extractText(PdfFiles.blankPages(2)))
                .hasMessage("The PDF has no text to read: its pages hold no letters or digits.");
    }

    @Test
    void aPasswordProtectedPdfSaysToSaveACopyWithoutIt() throws Exception {
        assertThatThrownBy(() -> PdfSource.extractText(PdfFiles.protectedWithPassword()))
                .isInstanceOf(ImportException.class)
                .hasMessage("The PDF is protected by a password; open it, save a copy without the password, and "
                        + "import that.");
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordOpensAsAnyViewerOpensIt() throws Exception {
        assertThat(PdfSource.extractText(PdfFiles.protectedForEditingOnly("Provisional agenda")))
                .isEqualTo("Provisional agenda");
    }

    @Test
    void junkAfterAPdfHeaderIsADamagedPdfAndOtherBytesAreNoPdf() {
        byte[] junk = new byte[20_000];
        new Random(17).nextBytes(junk);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, junk, 0, header.length);
        assertThatThrownBy(() -> PdfSource.extractText(junk)).isInstanceOf(ImportException.class)
                .hasMessage("The PDF is damaged and cannot be read; open it in a PDF viewer, save or print it to a "
                        + "new PDF, and import that.");
        assertThatThrownBy(() -> PdfSource.extractText("plain text".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("The file is not a PDF");
    }

    @Test
    void aMastheadsTwoColumnsReadColumnByColumnAndTableRowsRowByRow() {
        List<List<PageLines.Word>> lines = new ArrayList<>();
        lines.add(List.of(word("United Nations", 115, 198), word("CTOC/COP/WG.4/2018/1", 430, 544)));
        lines.add(List.of(word("Conference of the Parties to the United", 115, 367), word("Distr.: General", 389, 453)));
        lines.add(List.of(word("Nations Convention against", 115, 294), word("9 April 2018", 389, 444)));
        lines.add(List.of(word("Transnational Organized Crime", 115, 324), word("Original: English", 389, 463)));
        lines.add(List.of(word("Working Group on Trafficking in Persons", 52, 239)));
        lines.add(List.of(word("10 a.m.–1 p.m.", 115, 180), word("1 (a)", 223, 245), word("Opening", 270, 320)));
        lines.add(List.of(word("1 (b)", 223, 245), word("Adoption", 270, 320)));
        lines.add(List.of(word("2", 223, 228), word("International", 270, 330)));

        assertThat(ReadingOrder.pageText(ReadingOrder.page(lines, true))).isEqualTo("United Nations\tCTOC/COP/WG.4/2018/1\n"
                + "Conference of the Parties to the United\nNations Convention against\nTransnational Organized Crime\n"
                + "Distr.: General\n9 April 2018\nOriginal: English\n"
                + "Working Group on Trafficking in Persons\n10 a.m.–1 p.m.\t1 (a)\tOpening\n1 (b)\tAdoption\n"
                + "2\tInternational");
        assertThat(ReadingOrder.pageText(ReadingOrder.page(lines.subList(1, 3), false))).as("only at the top of the first page")
                .isEqualTo("Conference of the Parties to the United\tDistr.: General\n"
                        + "Nations Convention against\t9 April 2018");
    }

    @Test
    void aJustifiedLinesWideSpacesAreSpacesAndAFontChangesCutIsNone() {
        // a justified line of few words: spaced alike, each wider than a tab stop (13.3 to 14.0 points)
        assertThat(ReadingOrder.text(List.of(word("Matters", 123, 156), word("report", 169.3f, 196),
                word("States,", 210, 240), word("development", 253.9f, 310)))).isEqualTo(
                "Matters report States, development");
        assertThat(ReadingOrder.text(List.of(word("10 a.m.", 115, 150), word("1 (a)", 223, 245),
                word("Opening", 270, 320)))).as("a table's row").isEqualTo("10 a.m.\t1 (a)\tOpening");
        // an opening quote and the italic title after it; a word and its footnote's raised, smaller number
        assertThat(ReadingOrder.text(List.of(sized("entitled \u201C", 100, 140, 700, 10),
                sized("Our Common Agenda\u201D.", 141.4f, 230, 700, 10), sized("4", 231, 234, 697, 5.8f))))
                .isEqualTo("entitled \u201COur Common Agenda\u201D.4");
    }

    private static PageLines.Word sized(String text, float left, float right, float baseline, float size) {
        return new PageLines.Word(text, left, right, baseline, size, false, List.of());
    }

    private static PageLines.Word word(String text, float left, float right) {
        return new PageLines.Word(text, left, right);
    }
}
