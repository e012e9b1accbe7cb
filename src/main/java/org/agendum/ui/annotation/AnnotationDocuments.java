package org.agendum.ui.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.fxmisc.richtext.model.NodeSegmentOpsBase;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TextOps;
import org.reactfx.util.Either;

/**
 * The pure mapping between the model's {@link RichText} and the annotation area's document, both ways. Text runs
 * become text segments with their {@link TextStyle}; footnote marks become {@link FootnoteSegment}s; a paragraph's
 * level becomes its {@link ParStyle}. Needs no window.
 *
 * <p>The area always holds at least one paragraph: an area holding one empty body paragraph is the empty
 * annotation ({@link RichText#EMPTY}), which is also what an annotation the officer cleared should be.
 */
public final class AnnotationDocuments {
    /** Text or a footnote call. */
    public static final TextOps<Either<String, FootnoteSegment>, TextStyle> SEGMENT_OPS =
            SegmentOps.<TextStyle>styledTextOps()._or(new FootnoteOps(), (left, right) -> Optional.empty());

    /** The footnote field's segments: text only. */
    public static final TextOps<String, TextStyle> TEXT_OPS = SegmentOps.styledTextOps();

    private AnnotationDocuments() {
    }

    public static ReadOnlyStyledDocument<ParStyle, Either<String, FootnoteSegment>, TextStyle> toDocument(
            RichText text) {
        ReadOnlyStyledDocumentBuilder<ParStyle, Either<String, FootnoteSegment>, TextStyle> builder =
                new ReadOnlyStyledDocumentBuilder<>(SEGMENT_OPS, ParStyle.BODY);
        for (Paragraph paragraph : text.paragraphs()) {
            List<StyledSegment<Either<String, FootnoteSegment>, TextStyle>> segments = new ArrayList<>();
            for (Inline inline : paragraph.inlines()) {
                if (inline instanceof TextRun run) {
                    segments.add(new StyledSegment<>(Either.left(run.text()), run.style()));
                } else if (inline instanceof FootnoteMark mark) {
                    // a new object per call: the area numbers footnotes by identity
                    segments.add(new StyledSegment<>(Either.right(FootnoteSegment.of(mark)), TextStyle.PLAIN));
                }
            }
            if (segments.isEmpty()) {
                segments.add(new StyledSegment<>(Either.left(""), TextStyle.PLAIN));
            }
            builder.addParagraph(segments, ParStyle.of(paragraph.level()));
        }
        if (text.paragraphs().isEmpty()) {
            builder.addParagraph(List.of(new StyledSegment<>(Either.left(""), TextStyle.PLAIN)), ParStyle.BODY);
        }
        return builder.build();
    }

    public static RichText toRichText(StyledDocument<ParStyle, Either<String, FootnoteSegment>, TextStyle> document) {
        return toRichText(document.getParagraphs());
    }

    public static RichText toRichText(
            List<org.fxmisc.richtext.model.Paragraph<ParStyle, Either<String, FootnoteSegment>, TextStyle>> pars) {
        List<Paragraph> paragraphs = new ArrayList<>(pars.size());
        for (var par : pars) {
            paragraphs.add(toParagraph(par));
        }
        return annotationOf(paragraphs);
    }

    /** One paragraph of the area as the model's paragraph. */
    public static Paragraph toParagraph(
            org.fxmisc.richtext.model.Paragraph<ParStyle, Either<String, FootnoteSegment>, TextStyle> par) {
        List<Inline> inlines = new ArrayList<>();
        for (StyledSegment<Either<String, FootnoteSegment>, TextStyle> segment : par.getStyledSegments()) {
            Either<String, FootnoteSegment> content = segment.getSegment();
            if (content.isLeft()) {
                inlines.add(new TextRun(content.getLeft(), segment.getStyle()));
            } else if (!content.getRight().isEmpty()) {
                inlines.add(content.getRight().mark());
            }
        }
        return new Paragraph(par.getParagraphStyle().level(), inlines);
    }

    /** The area's paragraphs, converted, as the annotation: one empty body paragraph is the empty annotation. */
    static RichText annotationOf(List<Paragraph> paragraphs) {
        if (paragraphs.size() == 1 && paragraphs.get(0).level() == 0 && paragraphs.get(0).inlines().isEmpty()) {
            return RichText.EMPTY;
        }
        return new RichText(paragraphs);
    }

    /** A footnote's text as the one paragraph of the footnote field. */
    public static ReadOnlyStyledDocument<ParStyle, String, TextStyle> toFootnoteDocument(List<TextRun> runs) {
        List<StyledSegment<String, TextStyle>> segments = new ArrayList<>();
        for (TextRun run : runs) {
            segments.add(new StyledSegment<>(run.text(), run.style()));
        }
        if (segments.isEmpty()) {
            segments.add(new StyledSegment<>("", TextStyle.PLAIN));
        }
        return new ReadOnlyStyledDocumentBuilder<ParStyle, String, TextStyle>(TEXT_OPS, ParStyle.BODY)
                .addParagraph(segments, ParStyle.BODY).build();
    }

    /** The footnote field's text as runs; should it hold several paragraphs (pasted lines), they join with a space. */
    public static List<TextRun> toFootnoteRuns(StyledDocument<ParStyle, String, TextStyle> document) {
        List<TextRun> runs = new ArrayList<>();
        var pars = document.getParagraphs();
        for (int i = 0; i < pars.size(); i++) {
            if (i > 0) {
                runs.add(TextRun.plain(" "));
            }
            for (StyledSegment<String, TextStyle> segment : pars.get(i).getStyledSegments()) {
                runs.add(new TextRun(segment.getSegment(), segment.getStyle()));
            }
        }
        return new FootnoteMark(runs).text();
    }

    /** Footnote calls are one character wide and never join (each is its own footnote). */
    static final class FootnoteOps extends NodeSegmentOpsBase<FootnoteSegment, TextStyle> {
        FootnoteOps() {
            super(FootnoteSegment.NONE);
        }

        @Override
        public int length(FootnoteSegment segment) {
            return segment.length();
        }
    }
}
