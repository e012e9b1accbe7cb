package org.agendum.docx;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.DocumentForm;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.LanguageNumbering;

/**
 * The annotations (docs/un-format.md §6.2): the part's heading when the document's form has one
 * ("Annotations", or "II.<tab>Annotations" in numbered parts; an addendum of annotations alone has none), then
 * for each item, in agenda order,
 * <ul>
 *   <li>its heading, "1.<tab>Organizational matters": the item's own annotation heading if it has one, else its
 *       title, without final punctuation, the number at its right tab (H2/3 for items and sub-items, H4 italic
 *       for a third level, H5/6 below, following the Editorial Manual's levels; the style for agenda
 *       annotations is inferred, §12.3);</li>
 *   <li>its paragraphs in SingleTxt, unnumbered (confirmed for UNODC agendas); subparagraphs carry their
 *       derived label as text, "<tab>(a)<tab>text", so the label sits at 1742 and the text at 2218, one tab
 *       step further per level, runover lines back at 1267 (A/80/590's pattern, confirmed);</li>
 *   <li>its "Documentation" list: the label in H4 italic (inferred), then one paragraph per document,
 *       "description (SYMBOL)", the symbol linked to its ODS address (confirmed), left-aligned with a hanging
 *       indent (inferred).</li>
 * </ul>
 * An item with nothing to annotate (no annotation, no Documentation, no sub-item with either) is left out, as
 * CEDAW/SP/2000/1 and TD/TIMBER.3/1 leave theirs, or keeps its heading with the form's standard sentence
 * under it, as the sample's item 4 ({@link EmptyAnnotations}). The sentence stands once under the highest
 * such item: its sub-items, empty as well, are not repeated under it. When no item is printed, neither is the
 * part's heading.
 */
final class AnnotationsWriter {
    private AnnotationsWriter() {
    }

    static void write(BodyFlow body, Agenda agenda, DocumentForm form, DocumentLanguage language, PartHeadings parts,
                      InlineWriter inlines) {
        List<Agenda.NumberedItem> printed = printed(agenda.numbered(), form.emptyAnnotations());
        if (printed.isEmpty()) {
            return;
        }
        form.layout().annotationsHeading().ifPresent(h -> parts.write(language.label("heading.annotations")));
        LanguageNumbering numbering = language.numbering();
        String sentence = DocxText.clean(language.ownWording(form.standardSentence(), "annotations.emptyItem")).strip();
        // Agenda.firstFootnoteNumber's rule, counted along: asking it per item walks the agenda each time, which
        // made the export quadratic in the number of items (a General Assembly agenda has 470). The items left
        // out count for nothing: a footnote belongs to an annotation, and they have none.
        int firstFootnote = 1;
        for (Agenda.NumberedItem numbered : printed) {
            AgendaItem item = numbered.item();
            body.numberedHeading(headingStyle(numbered.depth()), 1,
                    numbering.listLabel(numbered.depth(), numbered.ordinals().get(numbered.depth())),
                    AgendaPunctuation.heading(DocxText.clean(item.annotationHeading())));
            if (!item.hasAnnotationContent() && !sentence.isEmpty()) {
                ContentWriter out = body.paragraph(ParagraphFormat.styled(UnStyles.SINGLE_TXT));
                out.text(sentence);
                out.endParagraph();
            }
            inlines.numberFootnotesFrom(firstFootnote);
            firstFootnote += item.annotation().footnoteCount();
            annotation(body, item.annotation(), numbering, inlines);
            documentation(body, item.documentation(), language.label("annotations.documentation"));
        }
    }

    /**
     * The items the annotations print, in order: those with something to say, and with the standard sentence
     * the highest item of each empty branch.
     */
    static List<Agenda.NumberedItem> printed(List<Agenda.NumberedItem> items, EmptyAnnotations empty) {
        List<Agenda.NumberedItem> out = new ArrayList<>();
        int emptyBranchDepth = -1;
        for (Agenda.NumberedItem numbered : items) {
            if (emptyBranchDepth >= 0 && numbered.depth() > emptyBranchDepth) {
                continue;
            }
            emptyBranchDepth = -1;
            if (numbered.item().hasAnnotationContent()) {
                out.add(numbered);
            } else {
                emptyBranchDepth = numbered.depth();
                if (empty == EmptyAnnotations.STANDARD_SENTENCE) {
                    out.add(numbered);
                }
            }
        }
        return out;
    }

    static String headingStyle(int depth) {
        return switch (depth) {
            case 0, 1 -> UnStyles.H23;
            case 2 -> UnStyles.H4;
            default -> UnStyles.H56;
        };
    }

    private static void annotation(BodyFlow body, RichText text, LanguageNumbering numbering, InlineWriter inlines) {
        List<Integer> ordinals = text.subparagraphOrdinals();
        for (int i = 0; i < text.paragraphs().size(); i++) {
            Paragraph paragraph = text.paragraphs().get(i);
            if (paragraph.isBlank()) {
                continue;
            }
            ContentWriter out = body.paragraph(ParagraphFormat.styled(UnStyles.SINGLE_TXT));
            if (paragraph.level() > 0) {
                out.tabs(paragraph.level());
                out.text(numbering.listLabel(paragraph.level(), ordinals.get(i)));
                out.tab();
            }
            inlines.write(out, paragraph.inlines());
            out.endParagraph();
        }
    }

    private static void documentation(BodyFlow body, List<DocumentationEntry> entries, String heading) {
        List<DocumentationEntry> shown = entries.stream()
                .filter(e -> !DocxText.clean(e.description()).isBlank() || !DocxText.clean(e.symbol()).isBlank())
                .toList();
        if (shown.isEmpty()) {
            return;
        }
        ContentWriter label = body.beginHeading(ParagraphFormat.styled(UnStyles.H4)
                .leftIndent(PageGeometry.BODY_INDENT), 1);
        label.text(heading);
        body.endHeading(0);
        for (DocumentationEntry entry : shown) {
            ContentWriter line = body.paragraph(ParagraphFormat.styled(UnStyles.SINGLE_TXT).alignLeft()
                    .indent(UnStyles.BODY_TABS[1], PageGeometry.BODY_INDENT,
                            UnStyles.BODY_TABS[1] - PageGeometry.BODY_INDENT));
            String description = DocxText.clean(entry.description()).strip();
            String symbol = DocxText.clean(entry.symbol()).strip();
            if (!description.isEmpty()) {
                line.text(symbol.isEmpty() ? description : description + " (");
            } else if (!symbol.isEmpty()) {
                line.text("(");
            }
            if (!symbol.isEmpty()) {
                InlineWriter.symbolLink(line, symbol);
                line.text(")");
            }
            line.endParagraph();
        }
    }
}
