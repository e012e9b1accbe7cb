package org.agendum.importing.word;

import static org.agendum.importing.SourceBlocks.export;
import static org.agendum.importing.SourceBlocks.paragraph;
import static org.agendum.importing.SourceBlocks.paragraphs;
import static org.agendum.importing.SourceBlocks.run;
import static org.agendum.importing.SourceBlocks.runs;
import static org.agendum.importing.SourceBlocks.tables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendum.file.SampleMeeting;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourceParagraph.Alignment;
import org.agendum.importing.source.SourceTable;
import org.agendum.model.TextRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in sample exported by Agendum and read back: everything the recognizer needs is where it belongs. */
class WordSourceSampleTest {
    private static SourceDocument document;

    @BeforeAll
    static void read() throws Exception {
        document = WordSource.read(export(SampleMeeting.load()), "CTOC_COP_WG.4_2018_1.docx");
    }

    @Test
    void theMastheadIsTheFirstPagesHeader() {
        assertThat(document.kind()).isEqualTo(SourceDocument.Kind.WORD);
        assertThat(document.name()).isEqualTo("CTOC_COP_WG.4_2018_1.docx");
        String header = String.join("\n", document.header().stream().map(SourceBlock::plainText).toList());
        assertThat(header).contains("United Nations", "CTOC/COP/WG.4/2018/1",
                "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
                "Distr.: General", "9 April 2018", "Original: English");
        assertThat(document.header()).allSatisfy(block -> assertThat(block.place().description()).startsWith("header"));
        String body = String.join("\n", document.body().stream().map(SourceBlock::plainText).toList());
        assertThat(body).doesNotContain("Distr.: General");
    }

    @Test
    void theTitleBlockComesFirstWithItsStyles() {
        List<SourceParagraph> paragraphs = paragraphs(document.body());
        assertThat(paragraphs.get(0).plainText()).isEqualTo("Working Group on Trafficking in Persons");
        assertThat(paragraphs.get(0).styleName()).isEqualTo("Session");
        assertThat(paragraphs.get(0).isAllBold()).isTrue();
        assertThat(paragraphs.get(1).plainText()).isEqualTo("Vienna, 2 and 3 July 2018");
        SourceParagraph title = paragraph(document.body(), "Annotated provisional agenda");
        assertThat(title.styleName()).isEqualTo("TitleHCH");
        assertThat(title.leftIndentTwips()).isEqualTo(1267);
    }

    @Test
    void everyAgendaLineKeepsItsTypedNumberBeforeATab() {
        List<String> lines = List.of("1.\tOrganizational matters:", "(a)\tOpening of the meeting;",
                "(b)\tAdoption of the agenda and organization of work.",
                "2.\tInternational cooperation in cases of trafficking in persons: considering the needs and rights "
                        + "of victims.",
                "3.\tPreparation of the questionnaire to review the implementation of the Trafficking in Persons "
                        + "Protocol.",
                "4.\tOther matters.", "5.\tAdoption of the report.");
        List<String> texts = paragraphs(document.body()).stream().map(SourceParagraph::plainText).toList();
        int first = texts.indexOf(lines.get(0));
        assertThat(first).as("the agenda's first line").isPositive();
        assertThat(texts.subList(first, first + lines.size())).containsExactlyElementsOf(lines);
        SourceParagraph opening = paragraph(document.body(), "(a)\tOpening of the meeting;");
        assertThat(opening.listLabel()).as("typed, not Word numbering").isEmpty();
        assertThat(opening.styleName()).isEqualTo("SingleTxt");
        assertThat(opening.leftIndentTwips()).isEqualTo(2218);
        assertThat(opening.alignment()).isEqualTo(Alignment.BOTH);
        assertThat(paragraph(document.body(), "1.\tOrganizational matters:").leftIndentTwips()).isEqualTo(1742);
    }

    @Test
    void theAnnotationsHaveBoldHeadingsAndItalicDocumentationHeads() {
        SourceParagraph heading = paragraph(document.body(), "2.\tInternational cooperation in cases of trafficking "
                + "in persons: considering the needs and rights of victims");
        assertThat(heading.styleName()).isEqualTo("H23");
        assertThat(heading.isAllBold()).as("bold through the H23 style").isTrue();
        List<SourceParagraph> documentation = paragraphs(document.body()).stream()
                .filter(p -> p.plainText().equals("Documentation")).toList();
        assertThat(documentation).hasSize(2).allSatisfy(p -> {
            assertThat(p.styleName()).isEqualTo("H4");
            assertThat(((TextRun) p.inlines().get(0)).style().italic()).as("italic through the H4 style").isTrue();
        });
    }

    @Test
    void theDocumentationListsLinkTheirSymbols() {
        List<String> texts = paragraphs(document.body()).stream().map(SourceParagraph::plainText).toList();
        String entry = texts.get(texts.indexOf("Documentation") + 1);
        assertThat(entry).startsWith("Background paper prepared by the Secretariat").endsWith("(CTOC/COP/WG.4/2018/2)");
        assertThat(run(document.body(), "CTOC/COP/WG.4/2018/2").style().link())
                .isEqualTo("https://docs.un.org/en/CTOC/COP/WG.4/2018/2");
        assertThat(run(document.body(), "CTOC/COP/WG.4/2018/CRP.1").style().link())
                .isEqualTo("https://docs.un.org/en/CTOC/COP/WG.4/2018/CRP.1");
        assertThat(runs(document.body()).stream().filter(r -> r.style().isLink()).map(r -> r.style().link()))
                .containsExactly("https://docs.un.org/en/CTOC/COP/WG.4/2018/2",
                        "https://docs.un.org/en/CTOC/COP/WG.4/2017/3",
                        "https://docs.un.org/en/CTOC/COP/WG.4/2018/CRP.1");
        assertThat(run(document.body(), "CTOC/COP/WG.4/2018/2").style().underline()).isFalse();
    }

    @Test
    void theAnnexTableHasItsRowsCellsAndItalicContinued() {
        List<SourceTable> tables = tables(document.body());
        assertThat(tables).hasSize(1);
        SourceTable annex = tables.get(0);
        assertThat(annex.place().description()).isEqualTo("table 1");
        assertThat(annex.rows().get(0).plainText()).isEqualTo("Date and time\tAgenda item\tTitle or description");
        assertThat(annex.rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(3)
                .allSatisfy(cell -> assertThat(cell.span()).isEqualTo(1)));
        assertThat(annex.rows()).flatExtracting(SourceTable.Row::cells)
                .noneMatch(SourceTable.Cell::continuesAbove);
        List<String> rows = annex.rows().stream().map(SourceTable.Row::plainText).toList();
        assertThat(rows).containsSubsequence("Monday, 2 July\t\t", "10 a.m.–1 p.m.\t1 (a)\tOpening of the meeting",
                "\t1 (b)\tAdoption of the agenda and organization of work",
                "3–6 p.m.\t2\tInternational cooperation in cases of trafficking in persons: considering the needs and "
                        + "rights of victims (continued)",
                "Tuesday, 3 July\t\t", "3–6 p.m.\t4\tOther matters", "\t5\tAdoption of the report");
        assertThat(run(List.of(annex), "continued").style().italic()).isTrue();
        assertThat(run(List.of(annex), "Monday, 2 July").style().bold()).isTrue();
        SourceParagraph cell = annex.rows().get(3).cells().get(1).paragraphs().get(0);
        assertThat(cell.place().description()).isEqualTo("table 1, row 4, cell 2");
    }

    @Test
    void placesAreInReadingOrderWithTheHeaderFirst() {
        List<Integer> orders = new java.util.ArrayList<>();
        document.header().forEach(block -> orders.add(block.place().order()));
        document.body().forEach(block -> orders.add(block.place().order()));
        assertThat(orders).isSorted().doesNotHaveDuplicates();
        assertThat(paragraphs(document.body()).get(0).place().description()).isEqualTo("paragraph 1");
    }

    @Test
    void theRunningHeadsAndPageNumbersAreFurniture() {
        assertThat(document.furnitureRemoved()).contains("header of later pages: CTOC/COP/WG.4/2018/1",
                "page numbers (Word's PAGE and NUMPAGES fields)");
        assertThat(document.furnitureRemoved()).noneMatch(line -> line.contains("tracked"));
    }
}
