package org.agendum.importing.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourcePlace;
import org.agendum.importing.source.SourceTable;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Distribution;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.junit.jupiter.api.Test;

/**
 * A source document shaped as the Word reader gives one: the masthead in a table of the first page's header, list
 * numbers from Word's numbering (the label apart from the text), bold headings, runs with styles and a footnote, and
 * the annex as a table with merged cells.
 */
class WordShapedSourceTest {
    private final List<SourceBlock> header = new ArrayList<>();
    private final List<SourceBlock> body = new ArrayList<>();
    private int order;

    private SourcePlace place() {
        return new SourcePlace(order, "paragraph " + order++);
    }

    private SourceParagraph paragraph(String label, List<Inline> inlines) {
        return new SourceParagraph(inlines, label, "", SourceParagraph.Alignment.LEFT, 0, place());
    }

    private void add(String label, String text) {
        body.add(paragraph(label, List.of(TextRun.plain(text))));
    }

    private SourceTable.Cell cell(String text) {
        return new SourceTable.Cell(List.of(SourceParagraph.plain(text, place())), 1, false);
    }

    @Test
    void aWordDocumentsShapeIsReadAsTheTextsIs() throws Exception {
        header.add(new SourceTable(List.of(
                new SourceTable.Row(List.of(cell(""), cell("United Nations"), cell("A/AC.999/2026/1"))),
                new SourceTable.Row(List.of(cell(""), cell("General Assembly"),
                        cell("Distr.: Limited\n7 January 2026\n\nOriginal: English")))), place()));
        add("", "Ad Hoc Committee on Testing");
        add("", "First session");
        add("", "New York, 2\u20136 March 2026");
        add("", "Provisional agenda and annotations");
        add("1.", "Opening of the session.");
        add("2.", "Organizational matters:");
        add("(a)", "Election of officers;");
        add("(b)", "Adoption of the agenda.");
        add("", "Annotations");
        body.add(paragraph("1.", List.of(new TextRun("Opening of the session", TextStyle.BOLD))));
        body.add(paragraph("", List.of(TextRun.plain("The session will be opened by the "),
                new TextRun("Chair", TextStyle.ITALIC), TextRun.plain("."), FootnoteMark.of("See rule 1."))));
        body.add(paragraph("(a)", List.of(TextRun.plain("a subparagraph;"))));
        body.add(new SourceTable(List.of(
                new SourceTable.Row(List.of(cell("Monday, 2 March"), cell(""), cell(""))),
                new SourceTable.Row(List.of(cell("10 a.m.\u20131 p.m."), cell("1"), cell("Opening of the session"))),
                new SourceTable.Row(List.of(new SourceTable.Cell(List.of(), 1, true), cell("2 (a)"),
                        cell("Election of officers")))), place()));

        ImportResult result = AgendaRecognizer.recognize(
                new SourceDocument(SourceDocument.Kind.WORD, "A_AC.999_2026_1.docx", header, body, List.of()),
                LocalDate.of(2026, 1, 1));

        Meeting meeting = result.meeting();
        assertThat(meeting.details().masthead().symbol()).isEqualTo("A/AC.999/2026/1");
        assertThat(meeting.details().masthead().bodyName()).isEqualTo("General Assembly");
        assertThat(meeting.details().masthead().distribution()).isEqualTo(Distribution.LIMITED);
        assertThat(meeting.details().masthead().issueDate()).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(meeting.details().meetingInfo().meetingName()).isEqualTo("Ad Hoc Committee on Testing");
        assertThat(meeting.details().meetingInfo().sessionLine()).isEqualTo("First session");
        assertThat(meeting.details().form().layout()).isEqualTo(AgendaLayout.AGENDA_AND_ANNOTATIONS);
        assertThat(meeting.agenda().numbered()).extracting(n -> n.reference() + " " + n.item().title())
                .containsExactly("1 Opening of the session", "2 Organizational matters", "2 (a) Election of officers",
                        "2 (b) Adoption of the agenda");
        assertThat(meeting.agenda().items().get(0).annotation().paragraphs()).containsExactly(
                new Paragraph(0, List.of(TextRun.plain("The session will be opened by the "),
                        new TextRun("Chair", TextStyle.ITALIC), TextRun.plain("."), FootnoteMark.of("See rule 1."))),
                new Paragraph(1, List.of(TextRun.plain("a subparagraph;"))));
        assertThat(meeting.organization().days()).hasSize(1);
        assertThat(meeting.organization().days().get(0).meetings().get(0).entries()).hasSize(2);
        assertThat(result.report().entries(ReportEntry.Kind.NOT_PLACED)).isEmpty();
    }
}
