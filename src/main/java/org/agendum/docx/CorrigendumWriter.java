package org.agendum.docx;

import java.util.List;
import org.agendum.corrigendum.Instruction;
import org.agendum.corrigendum.CorrigendumWording;
import org.agendum.corrigendum.InstructionWords;
import org.agendum.model.Meeting;
import org.agendum.typography.DocumentLanguage;

/**
 * The body of a corrigendum in the UN's form: the corrected document's title block (meeting, session, place and
 * dates, item line, title), then "Corrigendum" (Title_H1 under the title), then each instruction: its place on a
 * line of its own, kept with the instruction under it, indented one tab further, with <i>For</i>, <i>read</i>,
 * <i>Delete</i>, <i>Insert</i> … in italics. The masthead, headers and footers are the agenda's ({@link DocxWriter}).
 */
final class CorrigendumWriter implements DocxWriter.Body {
    /** The instruction under its place: one default tab (475) past the text's 1267. */
    private static final int INSTRUCTION_INDENT = 1742;
    private static final RunFormat KEYWORD = RunFormat.NONE.withItalic(true);

    private final List<Instruction> instructions;

    CorrigendumWriter(List<Instruction> instructions) {
        this.instructions = List.copyOf(instructions);
    }

    @Override
    public void write(BodyFlow body, Meeting meeting, DocumentLanguage language, PageGeometry page,
                      Footnotes footnotes, ExportProgress progress) {
        progress.progress(0.3, "Writing the corrigendum");
        TitleBlockWriter.write(body, meeting.details().meetingInfo(), meeting.details().titleBlock(), language,
                footnotes);
        ContentWriter heading = body.beginHeading(ParagraphFormat.styled(UnStyles.TITLE_H1), 1);
        heading.tabs(2);
        heading.text(language.label("title.corrigendum"));
        body.endHeading(2);
        CorrigendumWording wording = CorrigendumWording.of(language);
        for (Instruction instruction : instructions) {
            ContentWriter location = body.keptLine(ParagraphFormat.styled(UnStyles.SINGLE_TXT).keepWithNext());
            location.text(DocxText.clean(instruction.location()).strip());
            location.endParagraph();
            // ragged, not justified: quoted texts stretched to the margin hide their own spaces
            ContentWriter text = body.paragraph(ParagraphFormat.styled(UnStyles.SINGLE_TXT)
                    .leftIndent(INSTRUCTION_INDENT).alignLeft());
            for (InstructionWords.Part part : instruction.parts(wording)) {
                String words = DocxText.clean(part.text());
                if (part.keyword()) {
                    text.text(words, KEYWORD);
                } else {
                    text.text(words);
                }
            }
            text.endParagraph();
        }
    }
}
