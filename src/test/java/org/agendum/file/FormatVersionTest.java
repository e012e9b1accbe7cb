package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.agendum.model.AgendaLayout;
import org.agendum.model.ItemMark;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.ListEnd;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A meeting is written in the oldest format that holds it: the sample and every meeting that uses nothing of
 * format 2 stay format 1, byte for byte as before; each format-2 feature makes it format 2 and comes back.
 */
class FormatVersionTest {
    private static final Meeting SAMPLE = SampleMeeting.load();

    @Test
    void aMeetingThatNeedsNothingNewIsWrittenAsFormat1AsBefore() throws Exception {
        String written = new String(MeetingFiles.write(SAMPLE), StandardCharsets.UTF_8);
        assertThat(written).contains("\"version\": 1,").doesNotContain("layout").doesNotContain("heading")
                .doesNotContain("processedOn").doesNotContain("agendaItemTitle").doesNotContain("titleNote");
        byte[] resource;
        try (var in = SampleMeeting.class.getResourceAsStream("/org/agendum/sample/CTOC_COP_WG.4_2018_1.agendum")) {
            resource = in.readAllBytes();
        }
        assertThat(written).isEqualTo(new String(resource, StandardCharsets.UTF_8));
    }

    static Stream<Arguments> format2Features() {
        return Stream.of(
                feature("the form", m -> details(m, b -> b.layout(AgendaLayout.AGENDA_AND_ANNOTATIONS)), "\"layout\""),
                feature("the empty-item choice", m -> details(m, b -> b.emptyAnnotations(EmptyAnnotations.STANDARD_SENTENCE)),
                        "\"emptyAnnotations\": \"standard-sentence\""),
                feature("the item line's title", m -> details(m, b -> b.agendaItemLine("Item 2 of the provisional agenda")
                        .agendaItemTitle("Adoption of the agenda")), "\"agendaItemTitle\": \"Adoption of the agenda\""),
                feature("the item line's footnote", m -> details(m, b -> b.agendaItemNote("E/CN.15/2011/1.")),
                        "\"agendaItemNote\""),
                feature("the title's footnote", m -> details(m, b -> b.titleNote("The late submission of this document "
                        + "was caused by the workload.")), "\"title\": \"Annotated provisional agenda\",\n    "
                        + "\"titleNote\": \"The late submission of this document was caused by the workload.\""),
                feature("a processing date", m -> details(m, b -> b.processedOn(LocalDate.of(2018, 4, 3))),
                        "\"processedOn\": \"2018-04-03\""),
                feature("a release date", m -> details(m, b -> b.releasedOn(LocalDate.of(2018, 4, 4))),
                        "\"releasedOn\": \"2018-04-04\""),
                feature("an annotation heading", m -> m.withAgenda(m.agenda().replace(m.agenda().items().get(1).id(),
                        item -> item.withHeading("International cooperation"))), "\"heading\": \"International cooperation\""),
                feature("a sub-item's list punctuation", m -> m.withAgenda(m.agenda().replace(
                        m.agenda().items().get(0).subItems().get(0).id(), item -> item.withListEnd(ListEnd.FULL_STOP))),
                        "\"listEnd\": \"full-stop\""),
                feature("an item marked for review", m -> m.withAgenda(m.agenda().replace(
                        m.agenda().items().get(0).subItems().get(1).id(), item -> item.withMark(ItemMark.REVIEW))),
                        "\"review\": true"),
                feature("an item to translate", m -> m.withAgenda(m.agenda().replace(
                        m.agenda().items().get(0).subItems().get(1).id(), item -> item.withMark(ItemMark.TRANSLATE))),
                        "\"toTranslate\": true"));
    }

    @Test
    void aFileAnEarlierAgendumMarkedForReviewReadsAsReviewAndIsWrittenBackByteForByte() throws Exception {
        String earlier = TestFiles.sampleWith("\"version\": 1,", "\"version\": 2,").replace(
                "\"title\": \"Adoption of the agenda and organization of work\",",
                "\"title\": \"Adoption of the agenda and organization of work\",\n          \"review\": true,");
        Meeting read = MeetingFiles.read(TestFiles.utf8(earlier), "earlier.agendum");

        assertThat(read.agenda().get(org.agendum.testing.Fixtures.ITEM_1B).mark()).isEqualTo(ItemMark.REVIEW);
        assertThat(read.agenda().marked()).containsExactly(org.agendum.testing.Fixtures.ITEM_1B);
        assertThat(new String(MeetingFiles.write(read), StandardCharsets.UTF_8)).isEqualTo(earlier);
    }

    @Test
    void anItemMarkedBothForReviewAndToTranslateIsRefusedNamingIt() {
        String both = TestFiles.sampleWith("\"version\": 1,", "\"version\": 2,").replace(
                "\"title\": \"Adoption of the agenda and organization of work\",",
                "\"title\": \"Adoption of the agenda and organization of work\",\n          \"review\": true,"
                        + "\n          \"toTranslate\": true,");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MeetingFiles.read(TestFiles.utf8(both), "both.agendum"))
                .isInstanceOf(MeetingFileException.class)
                .hasMessageContaining("has both \"review\" and \"toTranslate\"; an item is marked for one or the other");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("format2Features")
    void eachFeatureOfFormat2MakesTheFileFormat2AndComesBack(String name, UnaryOperator<Meeting> change,
                                                             String field) throws Exception {
        Meeting changed = change.apply(SAMPLE);
        byte[] written = MeetingFiles.write(changed);
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"version\": 2,").contains(field);
        assertThat(MeetingFiles.read(written, "changed.agendum")).isEqualTo(changed);
    }

    @Test
    void aFileOfFormat3IsDeclinedWithTheFormatsThisVersionReads() {
        String newer = new String(MeetingFiles.write(SAMPLE), StandardCharsets.UTF_8).replace("\"version\": 1", "\"version\": 3");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MeetingFiles.read(newer.getBytes(StandardCharsets.UTF_8),
                        "newer.agendum"))
                .hasMessage("newer.agendum was written by a newer version of Agendum (file format 3); this version "
                        + "reads formats 1 and 2. Update Agendum to open it.");
    }

    private static Arguments feature(String name, UnaryOperator<Meeting> change, String field) {
        return Arguments.of(name, change, field);
    }

    private static Meeting details(Meeting meeting, UnaryOperator<MeetingDetails.Builder> change) {
        return meeting.withDetails(change.apply(meeting.details().toBuilder()).build());
    }
}
