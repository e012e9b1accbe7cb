package org.agendum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendum.model.DocumentationEntry;
import org.junit.jupiter.api.Test;

class DocumentationLineTest {
    @Test
    void descriptionThenTheSymbolInBracketsLinkedToOds() {
        List<Segment> segments = DocumentationLine.segments(
                new DocumentationEntry("Report of the Secretary-General", "A/80/1"));
        assertThat(segments).extracting(Segment::text)
                .containsExactly("Report of the Secretary-General (", "A/80/1", ")");
        assertThat(segments.get(1).link()).isEqualTo("https://docs.un.org/en/A/80/1");
        assertThat(segments.get(0).link()).isNull();
    }

    @Test
    void aMalformedSymbolIsNotLinked() {
        List<Segment> segments = DocumentationLine.segments(new DocumentationEntry("Note", "a/80 1"));
        assertThat(segments.get(1).link()).isNull();
    }

    @Test
    void missingPartsLeaveNoEmptyBrackets() {
        assertThat(DocumentationLine.segments(new DocumentationEntry("", "A/80/1")))
                .extracting(Segment::text).containsExactly("A/80/1");
        assertThat(DocumentationLine.segments(new DocumentationEntry("Oral report", "")))
                .extracting(Segment::text).containsExactly("Oral report");
    }
}
