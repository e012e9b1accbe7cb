package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.agendum.file.SampleMeeting;
import org.agendum.model.DutyStation;
import org.agendum.model.Meeting;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link DemandingMeeting}: deep items, footnotes, a long Documentation list, a long annex, empty details. */
class DemandingMeetingExportTest {
    private static ExportedDocument exported;

    @BeforeAll
    static void export() {
        exported = ExportedDocument.of(DemandingMeeting.meeting());
    }

    @AfterAll
    static void close() throws Exception {
        exported.close();
    }

    @Test
    void threeLevelsOfItemsAreNumberedAndPunctuatedInTheListAndHeadedInTheAnnotations() {
        List<String> body = exported.bodyLines();
        assertThat(body).containsSubsequence(
                "1.\tOrganizational matters:",
                "(a)\tOpening of the session;",
                "(b)\tElection of officers:",
                "(i)\tChair;",
                "(ii)\tRapporteur.",
                "2.\tReview of implementation of the United Nations Convention against Corruption.",
                "3.\tOther matters.");
        assertThat(body).containsSubsequence("\t1.\tOrganizational matters", "\t(a)\tOpening of the session",
                "\t(b)\tElection of officers", "\t(i)\tChair", "\t(ii)\tRapporteur",
                "\t2.\tReview of implementation of the United Nations Convention against Corruption",
                "\t3.\tOther matters");
        assertThat(styleOf("\t(i)\tChair")).isEqualTo("H4");
        assertThat(styleOf("\t(b)\tElection of officers")).isEqualTo("H23");
        // each level of the list hangs one tab step further in
        assertThat(leftIndent("1.\tOrganizational matters:")).isEqualTo(1742);
        assertThat(leftIndent("(a)\tOpening of the session;")).isEqualTo(2218);
        assertThat(leftIndent("(i)\tChair;")).isEqualTo(2693);
    }

    @Test
    void subparagraphLabelsAreTextAtTheTabStops() {
        assertThat(exported.bodyLines()).containsSubsequence(
                "\t(a)\tThe general discussion;",
                "\t\t(i)\tStatements by States under review;",
                "\t\t\ta.\tQuestions from the reviewing States;",
                "\t\t(ii)\tConclusions;",
                "\t(b)\tThe thematic discussion.");
    }

    @Test
    void footnotesAreRealFootnotesNumberedThroughTheDocument() {
        List<XWPFFootnote> notes = exported.document.getFootnotes().stream()
                .filter(n -> n.getCTFtnEdn().getId().intValue() > 0).toList();
        assertThat(notes).extracting(n -> n.getCTFtnEdn().getId().intValue()).containsExactly(1, 2, 3);
        assertThat(notes).extracting(n -> ExportedDocument.text(n.getParagraphs().get(0)).strip())
                .containsExactly("The meeting will be held in Boardroom D.", "See CAC/COSP/2025/5.",
                        "Available on the website of the Office.");
        // the link in the second note works
        XWPFParagraph second = notes.get(1).getParagraphs().get(0);
        XWPFHyperlinkRun link = second.getRuns().stream().filter(XWPFHyperlinkRun.class::isInstance)
                .map(XWPFHyperlinkRun.class::cast).findFirst().orElseThrow();
        assertThat(link.getHyperlink(exported.document)).isNull(); // the link lives in the footnotes part
        assertThat(notes.get(1).getPart().getPackagePart().getRelationship(link.getHyperlinkId()).getTargetURI())
                .hasToString("https://docs.un.org/en/CAC/COSP/2025/5");

        // the references in the text, in order, where the notes were called
        List<Integer> references = new ArrayList<>();
        List<String> calledIn = new ArrayList<>();
        for (XWPFParagraph paragraph : exported.document.getParagraphs()) {
            for (XWPFRun run : paragraph.getRuns()) {
                run.getCTR().getFootnoteReferenceList().forEach(ref -> {
                    references.add(ref.getId().intValue());
                    calledIn.add(ExportedDocument.text(paragraph).substring(0, 20));
                });
            }
        }
        assertThat(references).containsExactly(1, 2, 3);
        assertThat(calledIn).containsExactly("The Group will be op", "Under this item, the", "Under this item, the");
        assertThat(DemandingMeeting.meeting().agenda().firstFootnoteNumber(DemandingMeeting.REVIEW)).isEqualTo(2);
    }

    @Test
    void theStylesOfTheTextAreKept() {
        XWPFParagraph review = exported.document.getParagraphs().stream()
                .filter(p -> p.getText().startsWith("Under this item")).findFirst().orElseThrow();
        XWPFRun italic = review.getRuns().get(0);
        assertThat(italic.text()).isEqualTo("Under this item");
        assertThat(italic.isItalic()).isTrue();
        XWPFRun bold = review.getRuns().stream().filter(r -> r.text().equals("overview")).findFirst().orElseThrow();
        assertThat(bold.isBold()).isTrue();
        assertThat(bold.isItalic()).isFalse();
    }

    @Test
    void aLongDocumentationListKeepsEveryEntryInOrderEachLinked() {
        List<String> entries = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (XWPFParagraph paragraph : exported.document.getParagraphs()) {
            if (paragraph.getText().startsWith("Executive summary of the review")) {
                entries.add(ExportedDocument.text(paragraph));
                paragraph.getRuns().stream().filter(XWPFHyperlinkRun.class::isInstance)
                        .map(r -> ((XWPFHyperlinkRun) r).getHyperlink(exported.document).getURL())
                        .forEach(targets::add);
            }
        }
        assertThat(entries).hasSize(DemandingMeeting.DOCUMENTS);
        assertThat(entries.get(0)).isEqualTo("Executive summary of the review of State number 1, prepared by the "
                + "Secretariat under the terms of reference of the Mechanism (CAC/COSP/IRG/II/1/1/Add.1)");
        assertThat(entries.get(11)).endsWith("(CAC/COSP/IRG/II/2/1/Add.12)");
        assertThat(targets).hasSize(DemandingMeeting.DOCUMENTS)
                .startsWith("https://docs.un.org/en/CAC/COSP/IRG/II/1/1/Add.1")
                .endsWith("https://docs.un.org/en/CAC/COSP/IRG/II/2/1/Add.12");
        assertThat(exported.bodyLines()).containsSubsequence("Documentation", entries.get(0), entries.get(11));
    }

    @Test
    void aLongAnnexIsOneTableWhoseHeadRepeatsAndWhoseTimesStandWhereMeetingsStart() {
        XWPFTable annex = exported.bodyTables().get(0);
        List<List<String>> rows = ExportedDocument.cells(annex);
        assertThat(rows).hasSizeGreaterThan(60);
        assertThat(annex.getRow(0).isRepeatHeader()).isTrue();
        assertThat(rows.get(2)).containsExactly("Monday, 8 June", "", "");
        assertThat(rows.get(3)).containsExactly("10 a.m.–1 p.m.", "1 (a)", "Opening of the session");
        assertThat(rows.get(4)).containsExactly("", "1 (b) (i)", "Chair");
        assertThat(rows.get(5)).containsExactly("", "1 (b) (ii)", "Rapporteur");
        assertThat(rows.get(6)).containsExactly("", "2",
                "Review of implementation of the United Nations Convention against Corruption");
        assertThat(rows.get(7)).containsExactly("", "2",
                "Review of implementation of the United Nations Convention against Corruption (continued)");
        assertThat(rows).contains(List.of("", "", "Informal consultations on the draft resolution"),
                List.of("3–6 p.m.", "3", "Other matters"), List.of("Friday, 12 June", "", ""));
        long times = rows.stream().filter(row -> row.get(0).endsWith("p.m.")).count();
        assertThat(times).as("one time per meeting").isEqualTo(10);
    }

    @Test
    void emptyOptionalFieldsLeaveNoEmptyLinesAndNoJobFurniture() {
        List<String> text = exported.allLines();
        assertThat(text).noneMatch(line -> line.startsWith("Item ") || line.contains("provisional agenda*"));
        assertThat(text).noneMatch(line -> line.contains("(E)"));
        assertThat(ExportedDocument.lines(exported.firstFooter())).allMatch(String::isBlank);
        assertThat(String.join("", ExportedDocument.lines(exported.evenFooter())).strip()).isEqualTo("/");
        // the block under the masthead: the meeting, the place and dates, the title; nothing empty between
        List<XWPFParagraph> first = exported.document.getParagraphs().subList(0, 3);
        assertThat(first).extracting(ExportedDocument::text).containsExactly("Implementation Review Group",
                "Vienna, 8–12 June 2026", "");
        assertThat(ExportedDocument.lines(exported.firstHeader()).get(1))
                .endsWith("\tDistr.: General 20 March 2026 Original: English");
    }

    @Test
    void optionalLinesAppearWhereTheyBelongWhenGiven() throws Exception {
        Meeting sample = SampleMeeting.load();
        Meeting full = sample.withDetails(sample.details().toBuilder().sessionLine("Eighth meeting")
                .agendaItemLine("Item 2 of the provisional agenda")
                .languageCoverage("English, French and Spanish only")
                .distribution(org.agendum.model.Distribution.LIMITED).build());
        try (ExportedDocument document = ExportedDocument.of(full)) {
            assertThat(document.bodyLines().subList(0, 4)).containsExactly("Working Group on Trafficking in Persons",
                    "Eighth meeting", "Vienna, 2 and 3 July 2018", "Item 2 of the provisional agenda");
            assertThat(ExportedDocument.lines(document.firstHeader()).get(1)).endsWith(
                    "\tDistr.: Limited 9 April 2018 Original: English English, French and Spanish only");
        }
    }

    @Test
    void aJobNumberGivesTheJobLineAndBarcodeOnPageOneAndTheNumberOnLaterPages() throws Exception {
        Meeting sample = SampleMeeting.load();
        try (ExportedDocument vienna = ExportedDocument.of(sample.withDetails(sample.details().toBuilder()
                .jobNumber("V.18-01234").build()))) {
            assertThat(ExportedDocument.lines(vienna.firstFooter()).get(0))
                    .isEqualTo("V.18-01234 (E)    090418    090418 *1801234*\t");
            XWPFParagraph barcode = vienna.firstFooter().getTables().get(0).getRow(0).getCell(0).getParagraphs().get(1);
            assertThat(barcode.getRuns().get(0).getFontFamily()).isEqualTo("Barcode 3 of 9 by request");
            assertThat(ExportedDocument.lines(vienna.oddFooter()).get(0)).isEqualTo("V.18-01234\t/");
            assertThat(ExportedDocument.lines(vienna.evenFooter()).get(0)).isEqualTo("/\tV.18-01234");
        }
        try (ExportedDocument newYork = ExportedDocument.of(sample.withDetails(sample.details().toBuilder()
                .dutyStation(DutyStation.NEW_YORK).jobNumber("26-00248 (E)").build()))) {
            assertThat(ExportedDocument.lines(newYork.firstFooter()).get(0))
                    .isEqualTo("26-00248 (E)    090418 *2600248*\t");
        }
    }

    @Test
    void straightQuotesTypedByTheOfficerComeOutCurlyEvenAcrossStyledRuns() throws Exception {
        Meeting sample = SampleMeeting.load();
        org.agendum.model.ItemId item = new org.agendum.model.ItemId("item-4");
        Meeting typed = sample.withAgenda(sample.agenda().replace(item, i -> i.withTitle("Other \"matters\"")
                .withAnnotation(org.agendum.model.RichText.of(org.agendum.model.Paragraph.body(
                        org.agendum.model.TextRun.plain("The Bureau's note, entitled \""),
                        new org.agendum.model.TextRun("Options", org.agendum.model.TextStyle.BOLD),
                        org.agendum.model.TextRun.plain("\", is 'final'."))))));
        try (ExportedDocument document = ExportedDocument.of(typed)) {
            assertThat(document.bodyLines()).contains("4.\tOther “matters”.", "\t4.\tOther “matters”",
                    "The Bureau’s note, entitled “Options”, is ‘final’.");
        }
    }

    private static String styleOf(String line) {
        return paragraph(line).getStyleID();
    }

    private static int leftIndent(String line) {
        return ((BigInteger) paragraph(line).getCTP().getPPr().getInd().getLeft()).intValue();
    }

    private static XWPFParagraph paragraph(String line) {
        return exported.document.getParagraphs().stream().filter(p -> ExportedDocument.text(p).equals(line))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph " + line));
    }
}
