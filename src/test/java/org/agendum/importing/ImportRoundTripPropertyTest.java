package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.importing.recognize.ReportEntry;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Distribution;
import org.agendum.model.DutyStation;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.testing.ImportableMeetings;
import org.agendum.testing.MeetingFieldScore;
import org.agendum.testing.MeetingsWithoutIds;
import org.agendum.testing.PdfLikeText;
import org.agendum.testing.UnLayoutText;
import org.junit.jupiter.api.Test;

/**
 * Generated meetings, written out as the text of their UN document ({@link UnLayoutText}) as a web copy and as a PDF
 * viewer gives it, import back to the same meeting, ids aside: items three levels deep, annotations with
 * subparagraphs, italics, bold, links and footnotes, Documentation lists, the organization of work with notes and
 * items carried over, three of the document's forms, the masthead's optional lines. The meetings are
 * {@link ImportableMeetings} in text's format (its words are at most eight letters, so that the PDF layout breaks lines
 * between words; {@code PdfTextImportTest} covers hyphenation).
 */
class ImportRoundTripPropertyTest {
    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    // jqwik's random seeds again: once the two known failing cases were fixed (the tests below), 13,000 meetings ran
    // clean through each property (jqwik seeds 1 to 5 at 1,000 tries, and 8,000 generator seeds at random widths and
    // page lengths), so a failure here is a new bug, not chance; it names its seed, and jqwik tries that one first.
    @Property(tries = 150)
    void aWebCopyImportsBack(@ForAll("seeds") long seed) throws Exception {
        Meeting meeting = ImportableMeetings.of(seed, ImportableMeetings.Format.TEXT);

        ImportResult result = ImportFixtures.importText(UnLayoutText.webCopy(meeting), "copy.txt");

        assertThat(MeetingFieldScore.of(meeting, result.meeting()).differences()).isEmpty();
        assertThat(MeetingsWithoutIds.of(result.meeting())).isEqualTo(MeetingsWithoutIds.of(meeting));
        assertThat(result.report().entries(ReportEntry.Kind.NOT_PLACED)).isEmpty();
    }

    @Property(tries = 100)
    void aPdfsTextImportsBack(@ForAll("seeds") long seed, @ForAll @IntRange(min = 60, max = 130) int width,
                              @ForAll @IntRange(min = 25, max = 60) int linesPerPage) throws Exception {
        Meeting meeting = ImportableMeetings.of(seed, ImportableMeetings.Format.TEXT);
        String text = PdfLikeText.of(UnLayoutText.blocks(meeting), width, linesPerPage,
                meeting.details().masthead().symbol(), "V.21-01234 (E) 150121 180121", true);

        ImportResult result = ImportFixtures.importPdfText(text, "V2101234.pdf");

        Meeting expected = withTheJobLine(meeting);
        assertThat(MeetingFieldScore.of(expected, result.meeting()).differences()).isEmpty();
        assertThat(MeetingsWithoutIds.of(result.meeting())).isEqualTo(MeetingsWithoutIds.of(expected));
    }

    /**
     * The meeting with the job line the PDF text's first page carries, "V.21-01234 (E) 150121 180121". A date of it
     * that is the date of issue is left to follow the date of issue, as the import leaves it: the text cannot say
     * whether the officer set that date or let it follow, and both print the same line.
     */
    private static Meeting withTheJobLine(Meeting meeting) {
        LocalDate issued = meeting.details().masthead().issueDate();
        LocalDate processed = LocalDate.of(2021, 1, 15);
        LocalDate released = LocalDate.of(2021, 1, 18);
        return meeting.withDetails(meeting.details().toBuilder().jobNumber("V.21-01234")
                .processedOn(processed.equals(issued) ? null : processed)
                .releasedOn(released.equals(issued) ? null : released).build());
    }

    // Found by the web copy's property: "(a) Elderly States …", a subparagraph of item 2 (b), was read as item 2 (a)'s
    // heading run into its first paragraph, and 2 (b)'s text from there on went to 2 (a).
    @Test
    void aSubparagraphThatStartsWithAnEarlierItemsTitleStaysInItsItem() throws Exception {
        AgendaItem elderly = item("Elderly", RichText.of(Paragraph.body("Transport women member work review.")));
        AgendaItem protocol = item("Note protocol", RichText.of(Paragraph.body("Audit trends finance culture policy."),
                Paragraph.subparagraph(1, "Elderly States housing migrants report poverty access.")));
        Meeting meeting = meeting(LocalDate.of(2013, 10, 23), item("Opening", RichText.of("The session opens.")),
                item("Note ocean", RichText.EMPTY).withSubItems(List.of(elderly, protocol)));

        ImportResult result = ImportFixtures.importText(UnLayoutText.webCopy(meeting), "copy.txt");

        assertThat(MeetingFieldScore.of(meeting, result.meeting()).differences()).isEmpty();
        assertThat(MeetingsWithoutIds.of(result.meeting())).isEqualTo(MeetingsWithoutIds.of(meeting));
        assertThat(result.report().entries(ReportEntry.Kind.NOT_PLACED)).isEmpty();
    }

    // Found by the PDF text's property: a meeting issued on the day its job line gives as released.
    @Test
    void aJobLineDateThatIsTheDateOfIssueFollowsIt() throws Exception {
        Meeting meeting = meeting(LocalDate.of(2021, 1, 18), item("Opening", RichText.of("The session opens.")));
        String text = PdfLikeText.of(UnLayoutText.blocks(meeting), 60, 25, meeting.details().masthead().symbol(),
                "V.21-01234 (E) 150121 180121", true);

        MeetingDetails imported = ImportFixtures.importPdfText(text, "V2101234.pdf").meeting().details();

        assertThat(imported.processing().processedOn()).contains(LocalDate.of(2021, 1, 15));
        assertThat(imported.processing().releasedOn()).isEmpty();
        assertThat(imported.jobReleasedDate()).isEqualTo(LocalDate.of(2021, 1, 18));
    }

    private static AgendaItem item(String title, RichText annotation) {
        return new AgendaItem(ItemId.random(), title, annotation, List.of(), List.of());
    }

    /** A meeting in Vienna issued on that day, of these items, in the annotated form, without an annex. */
    private static Meeting meeting(LocalDate issued, AgendaItem... items) {
        LocalDate start = issued.plusDays(29);
        MeetingDetails details = MeetingDetails.builder().bodyName("Conference of the States Parties")
                .symbol("ABC/WG.4/" + issued.getYear() + "/1").distribution(Distribution.GENERAL).issueDate(issued)
                .meetingName("Working Group on Trade").venue("Vienna").dates(start, start.plusDays(1))
                .layout(AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA)
                .title(AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA.standardTitle()).dutyStation(DutyStation.VIENNA)
                .build();
        return new Meeting(details, new Agenda(List.of(items)), OrganizationOfWork.EMPTY);
    }
}
