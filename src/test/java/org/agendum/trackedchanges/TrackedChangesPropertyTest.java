package org.agendum.trackedchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.WordExport;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RandomEdits;
import org.agendum.model.Meeting;
import org.agendum.testing.MeetingArbitraries;
import org.agendum.testing.TestMeetings;
import org.w3c.dom.Element;

/**
 * For a meeting and the same after a random sequence of the officer's edits (words made bold or italic among
 * them), the tracked-changes document with every change accepted reads exactly as the new version's export, and
 * with every change rejected as the old one's: every paragraph of the body and the tables, in order, with its
 * footnotes' texts, its properties and its runs' formats.
 */
class TrackedChangesPropertyTest {
    static final Revision REVISION = new Revision("Agendum", Instant.parse("2026-12-07T10:15:30Z"));

    @Provide
    Arbitrary<List<RandomEdits.Step>> scripts() {
        return RandomEdits.scripts();
    }

    @Provide
    Arbitrary<List<Restyling.Step>> restylings() {
        return Restyling.scripts();
    }

    @Provide
    Arbitrary<Meeting> meetings() {
        return Arbitraries.of(TestMeetings.sample(), TestMeetings.styled());
    }

    @Provide
    Arbitrary<Meeting> anyMeetings() {
        return MeetingArbitraries.meetings();
    }

    @Property(tries = 60)
    void acceptAllGivesTheNewVersionAndRejectAllTheOld(@ForAll("meetings") Meeting old,
                                                     @ForAll("scripts") List<RandomEdits.Step> script,
                                                     @ForAll("restylings") List<Restyling.Step> restyling)
            throws Exception {
        CommandStack stack = new CommandStack(old);
        script.forEach(step -> RandomEdits.run(stack, step));
        reviewedAsBothVersions(old, Restyling.apply(stack.meeting(), restyling));
    }

    /** Only formats changed: no word is deleted or inserted, each restyled word carries its old format. */
    @Property(tries = 30)
    void aChangeOfFormatAloneIsNeitherDeletedNorInserted(@ForAll("meetings") Meeting old,
                                                         @ForAll("restylings") List<Restyling.Step> restyling)
            throws Exception {
        Meeting now = Restyling.apply(old, restyling);
        byte[] tracked = reviewedAsBothVersions(old, now);
        Element body = ReviewedDocument.document(tracked).getDocumentElement();
        // a restyled word in a paragraph of plain runs is marked w:rPrChange; only a paragraph with a note, a link
        // or a field is deleted and inserted as a whole
        for (String kind : List.of("del", "ins")) {
            for (Element mark : WordXml.descendants(body, kind)) {
                if (WordXml.is(mark.getParentNode(), "rPr") || WordXml.is(mark.getParentNode(), "trPr")) {
                    continue;
                }
                Element paragraph = (Element) mark.getParentNode();
                while (!WordXml.is(paragraph, "p")) {
                    paragraph = (Element) paragraph.getParentNode();
                }
                Element inParagraph = paragraph;
                assertThat(List.of("footnoteReference", "hyperlink", "fldChar", "fldSimple"))
                        .as("a change of format alone in a plain paragraph is not deleted and inserted")
                        .anyMatch(name -> !WordXml.descendants(inParagraph, name).isEmpty());
            }
        }
    }

    /** Any two meetings, the second an edited first or not related at all (random texts, notes, links, forms). */
    @Property(tries = 40)
    void soForAnyTwoMeetings(@ForAll("anyMeetings") Meeting old, @ForAll("anyMeetings") Meeting other,
                             @ForAll("scripts") List<RandomEdits.Step> script) throws Exception {
        CommandStack stack = new CommandStack(old);
        script.forEach(step -> RandomEdits.run(stack, step));
        reviewedAsBothVersions(old, stack.meeting());
        reviewedAsBothVersions(old, other);
    }

    private static byte[] reviewedAsBothVersions(Meeting old, Meeting now) throws Exception {
        byte[] oldExport = WordExport.toBytes(old, ExportOptions.DEFAULT);
        byte[] newExport = WordExport.toBytes(now, ExportOptions.DEFAULT);
        byte[] tracked = TrackedChanges.compare(oldExport, newExport, REVISION);

        assertThat(ReviewedDocument.acceptedAll(tracked)).isEqualTo(ReviewedDocument.paragraphs(newExport));
        assertThat(ReviewedDocument.rejectedAll(tracked)).isEqualTo(ReviewedDocument.paragraphs(oldExport));
        assertThat(ReviewedDocument.formattedAcceptedAll(tracked))
                .isEqualTo(ReviewedDocument.formattedParagraphs(newExport));
        assertThat(ReviewedDocument.formattedRejectedAll(tracked))
                .isEqualTo(ReviewedDocument.formattedParagraphs(oldExport));
        WordRules.check(tracked);
        return tracked;
    }
}
