package org.agendum.ui.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.testing.MeetingArbitraries;

/** Round trips of the mapper over generated annotations (every style, links, footnotes, levels, scripts). */
class AnnotationDocumentsPropertyTest {
    @Provide
    Arbitrary<RichText> annotations() {
        return MeetingArbitraries.richTexts();
    }

    @Property(tries = 500)
    void areaToModelToAreaGivesTheSameDocument(@ForAll("annotations") RichText text) {
        var area = AnnotationDocuments.toDocument(text);
        var again = AnnotationDocuments.toDocument(AnnotationDocuments.toRichText(area));
        assertThat(again).isEqualTo(area);
    }

    @Property(tries = 500)
    void modelToAreaToModelGivesTheSameAnnotation(@ForAll("annotations") RichText text) {
        RichText back = AnnotationDocuments.toRichText(AnnotationDocuments.toDocument(text));
        assertThat(back).isEqualTo(canonical(text));
    }

    /** The one case the area cannot tell apart: a sole empty body paragraph is the empty annotation. */
    private static RichText canonical(RichText text) {
        List<Paragraph> paragraphs = text.paragraphs();
        return paragraphs.size() == 1 && paragraphs.get(0).level() == 0 && paragraphs.get(0).inlines().isEmpty()
                ? RichText.EMPTY : text;
    }
}
