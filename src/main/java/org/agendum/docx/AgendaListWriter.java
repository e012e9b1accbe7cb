package org.agendum.docx;

import java.util.Optional;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaPunctuation;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.LanguageNumbering;

/**
 * The heading over the list, when the document's form has one ("Provisional agenda", or "I.<tab>Provisional
 * agenda" in numbered parts; E/CN.15/2011/1's list follows its title directly), and the numbered list
 * (docs/un-format.md §6.1): each entry is a SingleTxt paragraph "label<tab>text" with the derived label ("1.", "(a)", "(i)", "a.") and the UN punctuation
 * ({@link AgendaPunctuation}: colon, semicolons, full stop). Numbers are text at the body tab stops, not Word
 * list numbering, so every reader shows the numbers the model derives (§3.3).
 * Each level hangs one tab step further: items' labels at 1267 and text at 1742, sub-items' labels at 1742 and
 * text at 2218, and so on; runover lines align with the text (the hanging indent is inferred: §6.1 gives the
 * tab pattern, the real files' numbered paragraphs wrap to the margin instead).
 */
final class AgendaListWriter {
    private AgendaListWriter() {
    }

    static void write(BodyFlow body, Agenda agenda, Optional<String> heading, DocumentLanguage language,
                      PartHeadings parts) {
        if (agenda.items().isEmpty()) {
            return;
        }
        heading.ifPresent(parts::write);
        LanguageNumbering numbering = language.numbering();
        for (AgendaPunctuation.ListEntry entry : AgendaPunctuation.listEntries(agenda, marks(language))) {
            int depth = entry.numbered().depth();
            int labelAt = tabStop(depth);
            int textAt = tabStop(depth + 1);
            ContentWriter out = body.paragraph(ParagraphFormat.styled(UnStyles.SINGLE_TXT)
                    .indent(textAt, PageGeometry.BODY_INDENT, textAt - labelAt));
            out.text(numbering.listLabel(depth, entry.numbered().ordinals().get(depth)));
            out.tab();
            out.text(entry.text());
            out.endParagraph();
        }
    }

    /** The version's colon, semicolon and full stop ("：" "；" "。" in Chinese, "؛" in Arabic). */
    static AgendaPunctuation.Marks marks(DocumentLanguage language) {
        return new AgendaPunctuation.Marks(language.label("punctuation.colon"),
                language.label("punctuation.semicolon"), language.label("punctuation.fullStop"));
    }

    /** The body tab stop {@code steps} steps in from the body indent (the last one for deeper levels). */
    static int tabStop(int steps) {
        return UnStyles.BODY_TABS[Math.min(steps, UnStyles.BODY_TABS.length - 1) ];
    }
}
