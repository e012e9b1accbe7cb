package org.agendum.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.agendum.docx.LibreOfficePdf;
import org.agendum.file.SampleMeeting;
import org.agendum.importing.SourceBlocks;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.word.WordSource;
import org.agendum.testing.TokenMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample exported to Word, printed to PDF by LibreOffice (as an officer's PDF of last session's document is
 * made) and read back: every paragraph's words in order, the masthead's columns one after the other, the
 * running head and page number once on each later page, the annex's rows with their wrapped titles on one line.
 */
class PdfFromWordTest {
    @BeforeAll
    static void findTools() {
        LibreOfficePdf.requireTools();
    }

    @Test
    void theSamplesPdfHoldsEveryParagraphInOrderWithItsPageFurniture(@TempDir Path dir) throws Exception {
        Path pdf = LibreOfficePdf.renderToPdf(SampleMeeting.load(), dir);
        String text = PdfSource.extractText(pdf);

        SourceDocument word = WordSource.read(SourceBlocks.export(SampleMeeting.load()), "sample.docx");
        StringBuilder reference = new StringBuilder();
        for (SourceBlock block : word.header()) {
            reference.append(block.plainText()).append('\n');
        }
        for (SourceBlock block : word.body()) {
            reference.append(block.plainText()).append('\n');
        }
        TokenMatch.Result match = TokenMatch.match(reference.toString(), text);
        assertThat(match.score()).as(match.summary(5)).isEqualTo(1.0);

        String[] pages = text.split("\f", -1);
        assertThat(pages.length).isBetween(3, 5);
        assertThat(pages[0]).startsWith("United Nations\tCTOC/COP/WG.4/2018/1\n"
                + "Conference of the Parties to the United\nNations Convention against\nTransnational Organized Crime\n"
                + "Distr.: General\n9 April 2018\nOriginal: English\nWorking Group on Trafficking in Persons\n");
        for (int page = 2; page <= pages.length; page++) {
            String content = pages[page - 1];
            assertThat(count(content, "CTOC/COP/WG.4/2018/1\n")).as("page %d's running head", page).isEqualTo(1);
            assertThat(content.lines().toList()).as("page %d's number", page)
                    .containsOnlyOnce(page + "/" + pages.length);
        }
        assertThat(List.of(pages[pages.length - 1].split("\n")))
                .contains("10 a.m.–1 p.m.\t1 (a)\tOpening of the meeting", "Tuesday, 3 July",
                        // a title wrapped in its cell reads on in that cell, "(continued)" with it
                        "10 a.m.–1 p.m.\t3\tPreparation of the questionnaire to review the implementation of the "
                                + "Trafficking in Persons Protocol (continued)");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
