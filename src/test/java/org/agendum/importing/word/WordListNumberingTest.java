package org.agendum.importing.word;

import static org.agendum.importing.word.BuiltDocuments.W;
import static org.agendum.importing.word.BuiltDocuments.paragraph;
import static org.agendum.importing.word.BuiltDocuments.properties;
import static org.agendum.importing.word.BuiltDocuments.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.agendum.importing.SourceBlocks;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceParagraph;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Word's own list numbering, as people use it in documents made from the UN templates: numbers from w:numPr on
 * the paragraph and from its style, (a) and (i) levels, a restart, French labels, a number typed as text.
 */
class WordListNumberingTest {
    @Test
    void labelsComeFromTheParagraphsNumberingOrItsStylesWithLevelsAndRestarts() throws Exception {
        XWPFDocument document = new XWPFDocument();
        XWPFNumbering numbering = document.createNumbering();
        BigInteger agenda = numbering.addAbstractNum(abstractNum(0,
                level(0, "decimal", "%1.", 1, 1267) + level(1, "lowerLetter", "(%2)", 1, 1742)
                        + level(2, "lowerRoman", "(%3)", 1, 2218)));
        BigInteger french = numbering.addAbstractNum(abstractNum(1, level(0, "lowerLetter", "%1)", 1, 1742)));
        BigInteger chapters = numbering.addAbstractNum(abstractNum(2,
                level(0, "upperRoman", "%1.", 1, 0) + level(1, "upperLetter", "%2.", 1, 0)
                        + level(2, "decimal", "%1.%2.%3", 1, 0)));
        BigInteger list = numbering.addNum(agenda);
        BigInteger restarted = numbering.addNum(agenda);
        CTNumLvl override = numbering.getNum(restarted).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ONE);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        BigInteger frenchList = numbering.addNum(french);
        BigInteger chapterList = numbering.addNum(chapters);
        XWPFStyles styles = document.createStyles();
        styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<xml-fragment " + W + " w:type=\"paragraph\" "
                + "w:customStyle=\"1\" w:styleId=\"Subpara\"><w:name w:val=\"_ Subpara\"/><w:pPr><w:numPr>"
                + "<w:ilvl w:val=\"1\"/><w:numId w:val=\"" + list + "\"/></w:numPr></w:pPr></xml-fragment>")));
        styles.addStyle(new XWPFStyle(CTStyle.Factory.parse("<xml-fragment " + W + " w:type=\"paragraph\" "
                + "w:customStyle=\"1\" w:styleId=\"SubSubpara\"><w:name w:val=\"_ SubSubpara\"/>"
                + "<w:basedOn w:val=\"Subpara\"/><w:pPr><w:numPr><w:ilvl w:val=\"2\"/></w:numPr></w:pPr></xml-fragment>")));

        paragraph(document, properties(null, list.toString(), 0) + run("Organizational matters"));
        paragraph(document, properties("Subpara", null, null) + run("Opening of the meeting"));
        paragraph(document, properties("Subpara", null, null) + run("Election of officers"));
        paragraph(document, properties("SubSubpara", null, null) + run("Chair"));
        paragraph(document, properties("SubSubpara", null, null) + run("Rapporteur"));
        paragraph(document, properties(null, list.toString(), 0) + run("Second item"));
        paragraph(document, properties("Subpara", null, null) + run("After a higher level"));
        paragraph(document, properties("Subpara", null, null) + run("Continued"));
        paragraph(document, properties(null, restarted.toString(), 1) + run("Restarted"));
        paragraph(document, properties("Subpara", "0", null) + run("Taken out of the style's list"));
        paragraph(document, "<w:r><w:t>3.</w:t></w:r><w:r><w:tab/></w:r>" + run("Typed number"));
        paragraph(document, properties(null, frenchList.toString(), 0) + run("Ouverture de la session"));
        paragraph(document, properties(null, chapterList.toString(), 0) + run("Introduction"));
        paragraph(document, properties(null, chapterList.toString(), 1) + run("Mandate"));
        paragraph(document, properties(null, chapterList.toString(), 2) + run("Legal basis"));

        SourceDocument read = WordSource.read(BuiltDocuments.bytes(document), "numbered.docx");

        List<String> labelled = SourceBlocks.paragraphs(read.body()).stream()
                .map(p -> p.listLabel() + "|" + p.plainText()).toList();
        assertThat(labelled).containsExactly(
                "1.|Organizational matters",
                "(a)|Opening of the meeting",
                "(b)|Election of officers",
                "(i)|Chair",
                "(ii)|Rapporteur",
                "2.|Second item",
                "(a)|After a higher level",
                "(b)|Continued",
                "(a)|Restarted",
                "|Taken out of the style's list",
                "|3.\tTyped number",
                "a)|Ouverture de la session",
                "I.|Introduction",
                "A.|Mandate",
                "I.A.1|Legal basis");
        SourceParagraph chair = SourceBlocks.paragraph(read.body(), "Chair");
        assertThat(chair.styleName()).as("a custom style's id").isEqualTo("SubSubpara");
        assertThat(chair.leftIndentTwips()).as("from the list level").isEqualTo(2218);
    }

    @Test
    void wordsLettersAndRomanNumeralsCountAsWordDoes() {
        assertThat(NumberFormats.format(27, "lowerLetter")).isEqualTo("aa");
        assertThat(NumberFormats.format(4, "upperRoman")).isEqualTo("IV");
        assertThat(NumberFormats.format(1994, "lowerRoman")).isEqualTo("mcmxciv");
        assertThat(NumberFormats.format(3, "decimalZero")).isEqualTo("03");
        assertThat(NumberFormats.format(12, "ordinal")).isEqualTo("12th");
        assertThat(NumberFormats.bullet("\uF0B7")).isEqualTo("•");
    }

    /** XMLBeans' form of an element: the fragment's attributes and children become the element's. */
    private static XWPFAbstractNum abstractNum(int id, String levels) throws Exception {
        return new XWPFAbstractNum(CTAbstractNum.Factory.parse("<xml-fragment " + W + " w:abstractNumId=\"" + id
                + "\">" + levels + "</xml-fragment>"));
    }

    private static String level(int ilvl, String format, String text, int start, int indent) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + format
                + "\"/><w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\""
                + indent + "\" w:hanging=\"475\"/></w:pPr></w:lvl>";
    }
}
