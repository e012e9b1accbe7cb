package org.agendum.docx;

import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * "Annotations" (docs/un-format.md §6.2): for each item, in agenda order,
 * <ul>
 *   <li>its heading, "1.<tab>Organizational matters", the title without final punctuation and the number at
 *       its right tab (H2/3 for items and sub-items, H4 italic for a third level, H5/6 below, following the
 *       Editorial Manual's levels; the style for agenda annotations is inferred, §12.3);</li>
 *   <li>its paragraphs in SingleTxt, unnumbered (confirmed for UNODC agendas); subparagraphs carry their
 *       derived label as text, "<tab>(a)<tab>text", so the label sits at 1742 and the text at 2218, one tab
 *       step further per level, runover lines back at 1267 (A/80/590's pattern, confirmed);</li>
 *   <li>its "Documentation" list: the label in H4 italic (inferred), then one paragraph per document,
 *       "description (SYMBOL)", the symbol linked to its ODS address (confirmed), left-aligned with a hanging
 *       indent (inferred).</li>
 * </ul>
 */
final class AnnotationsWriter {
    private AnnotationsWriter() {
    }

    static void write(BodyFlow body, Agenda agenda, InlineWriter inlines) {
        List<Agenda.NumberedItem> items = agenda.numbered();
        if (items.isEmpty()) {
            return;
        }
        body.numberedHeading(UnStyles.HCH, 2, "", "Annotations");
        // Agenda.firstFootnoteNumber's rule, counted along: asking it per item walks the agenda each time, which
        // made the export quadratic in the number of items (a General Assembly agenda has 470)
        int firstFootnote = 1;
        for (Agenda.NumberedItem numbered : items) {
            body.numberedHeading(headingStyle(numbered.depth()), 1, numbered.listLabel(),
                    AgendaPunctuation.heading(DocxText.clean(numbered.item().title())));
            inlines.numberFootnotesFrom(firstFootnote);
            firstFootnote += numbered.item().annotation().footnoteCount();
            annotation(body, numbered.item().annotation(), inlines);
            documentation(body, numbered.item().documentation());
        }
    }

    static String headingStyle(int depth) {
        return switch (depth) {
            case 0, 1 -> UnStyles.H23;
            case 2 -> UnStyles.H4;
            default -> UnStyles.H56;
        };
    }

    private static void annotation(BodyFlow body, RichText text, InlineWriter inlines) {
        List<String> labels = text.subparagraphLabels();
        for (int i = 0; i < text.paragraphs().size(); i++) {
            Paragraph paragraph = text.paragraphs().get(i);
            if (paragraph.plainText().isBlank() && paragraph.footnotes().isEmpty()) {
                continue;
            }
            XWPFParagraph out = body.paragraph(UnStyles.SINGLE_TXT);
            if (paragraph.level() > 0) {
                Paragraphs.tabs(out, paragraph.level());
                Paragraphs.text(out, labels.get(i));
                Paragraphs.tab(out);
            }
            inlines.write(out, paragraph.inlines());
        }
    }

    private static void documentation(BodyFlow body, List<DocumentationEntry> entries) {
        List<DocumentationEntry> shown = entries.stream()
                .filter(e -> !DocxText.clean(e.description()).isBlank() || !DocxText.clean(e.symbol()).isBlank())
                .toList();
        if (shown.isEmpty()) {
            return;
        }
        XWPFParagraph label = body.beginHeading(UnStyles.H4, 1);
        Paragraphs.leftIndent(label, PageGeometry.BODY_INDENT);
        Paragraphs.text(label, "Documentation");
        body.endHeading(0);
        for (DocumentationEntry entry : shown) {
            XWPFParagraph line = body.paragraph(UnStyles.SINGLE_TXT);
            Paragraphs.alignLeft(line);
            Paragraphs.indent(line, UnStyles.BODY_TABS[1], PageGeometry.BODY_INDENT,
                    UnStyles.BODY_TABS[1] - PageGeometry.BODY_INDENT);
            String description = DocxText.clean(entry.description()).strip();
            String symbol = DocxText.clean(entry.symbol()).strip();
            if (!description.isEmpty()) {
                Paragraphs.text(line, symbol.isEmpty() ? description : description + " (");
            } else if (!symbol.isEmpty()) {
                Paragraphs.text(line, "(");
            }
            if (!symbol.isEmpty()) {
                InlineWriter.symbolLink(line, symbol);
                Paragraphs.text(line, ")");
            }
        }
    }
}
