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

/**
 * For a meeting and the same after a random sequence of the officer's edits, the tracked-changes document with
 * every change accepted reads exactly as the new version's export, and with every change rejected as the old
 * one's: every paragraph of the body and the tables, in order, with its footnotes' texts.
 */
class TrackedChangesPropertyTest {
    static final Revision REVISION = new Revision("Agendum", Instant.parse("2026-12-07T10:15:30Z"));

    @Provide
    Arbitrary<List<RandomEdits.Step>> scripts() {
        return RandomEdits.scripts();
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
                                                     @ForAll("scripts") List<RandomEdits.Step> script)
            throws Exception {
        CommandStack stack = new CommandStack(old);
        script.forEach(step -> RandomEdits.run(stack, step));
        reviewedAsBothVersions(old, stack.meeting());
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

    private static void reviewedAsBothVersions(Meeting old, Meeting now) throws Exception {
        byte[] oldExport = WordExport.toBytes(old, ExportOptions.DEFAULT);
        byte[] newExport = WordExport.toBytes(now, ExportOptions.DEFAULT);
        byte[] tracked = TrackedChanges.compare(oldExport, newExport, REVISION);

        assertThat(ReviewedDocument.acceptedAll(tracked)).isEqualTo(ReviewedDocument.paragraphs(newExport));
        assertThat(ReviewedDocument.rejectedAll(tracked)).isEqualTo(ReviewedDocument.paragraphs(oldExport));
        WordRules.check(tracked);
    }
}
