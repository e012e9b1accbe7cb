package org.agendum.importing.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourcePlace;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.TextRun;
import org.agendum.model.TitleBlock;
import org.junit.jupiter.api.Test;

/**
 * The asterisk footnotes under the masthead (TD/TIMBER.3/1's "Provisional Agenda and Annotations*"): a Word footnote
 * on the title, or the title's asterisk with the note typed as a paragraph further on, each beside the item line's;
 * the title comes without its asterisk, and nothing is left unplaced.
 */
class TitleNoteImportTest {
    private static final String LATE = "The late submission of this document was caused by the secretariat\u2019s"
            + " workload.";

    private final List<SourceBlock> body = new ArrayList<>();
    private int order;

    private void add(String label, List<Inline> inlines) {
        body.add(new SourceParagraph(inlines, label, "", SourceParagraph.Alignment.LEFT, 0,
                new SourcePlace(order, "paragraph " + order++)));
    }

    private void add(String label, String text) {
        add(label, List.of(TextRun.plain(text)));
    }

    private void masthead() {
        add("", "United Nations");
        add("", "TD/TIMBER.3/1");
        add("", "United Nations Conference on Trade and Development");
        add("", "Distr.: General");
        add("", "2 June 2004");
        add("", "Original: English");
        add("", "Conference on Timber");
        add("", "Geneva, 26\u201330 July 2004");
    }

    private void list() {
        add("1.", "Opening of the Conference");
        add("2.", "Adoption of the agenda");
    }

    private ImportResult recognize() throws Exception {
        return AgendaRecognizer.recognize(new SourceDocument(SourceDocument.Kind.WORD, "TD_TIMBER.3_1.docx", List.of(),
                body, List.of()), LocalDate.of(2026, 1, 1));
    }

    @Test
    void aWordFootnoteOnTheTitleIsTheTitlesNote() throws Exception {
        masthead();
        add("", List.of(TextRun.plain("Provisional agenda"), FootnoteMark.of(LATE)));
        list();

        ImportResult result = recognize();

        TitleBlock block = result.meeting().details().titleBlock();
        assertThat(block.title()).isEqualTo("Provisional agenda");
        assertThat(block.titleNote()).isEqualTo(LATE);
        assertThat(result.report().entries(ReportEntry.Kind.NOT_PLACED)).isEmpty();
        assertThat(result.report().lines()).anyMatch(line -> line.contains("The document's title, with its asterisk"));
    }

    /** A note typed as text: "*" and "**" name the two notes, whichever paragraph comes first. */
    @Test
    void typedAsterisksFindTheirNotesFurtherOnTheItemLinesOneTheTitlesTwo() throws Exception {
        masthead();
        add("", "Item 2 of the provisional agenda*");
        add("", "Provisional agenda**");
        list();
        add("", "** " + LATE);
        add("", "* TD/TIMBER.3/1.");

        ImportResult result = recognize();

        TitleBlock block = result.meeting().details().titleBlock();
        assertThat(block.agendaItemLine()).isEqualTo("Item 2 of the provisional agenda");
        assertThat(block.agendaItemNote()).isEqualTo("TD/TIMBER.3/1.");
        assertThat(block.title()).isEqualTo("Provisional agenda");
        assertThat(block.titleNote()).isEqualTo(LATE);
        assertThat(result.meeting().agenda().items()).extracting(item -> item.title())
                .containsExactly("Opening of the Conference", "Adoption of the agenda");
        assertThat(result.report().entries(ReportEntry.Kind.NOT_PLACED)).isEmpty();
        assertThat(result.report().lines()).anyMatch(line -> line.contains("The title's asterisk footnote, printed as a"
                + " paragraph"));
    }

    @Test
    void withoutAnAsteriskAParagraphThatBeginsWithOneIsNoNote() throws Exception {
        masthead();
        add("", "Provisional agenda");
        list();
        add("", "* Not a note of the title.");

        ImportResult result = recognize();

        assertThat(result.meeting().details().titleBlock().titleNote()).isEmpty();
        assertThat(result.report().entries(ReportEntry.Kind.NOT_PLACED)).extracting(ReportEntry::text)
                .anyMatch(text -> text.contains("Not a note of the title."));
    }
}
