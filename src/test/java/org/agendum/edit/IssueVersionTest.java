package org.agendum.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.agendum.model.IssueKind;
import org.agendum.model.IssueProposal;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;

/** File ▸ Issue… is one step on the stack; a meeting shown read-only takes no step at all. */
class IssueVersionTest {
    private static final LocalDate APRIL_9 = LocalDate.of(2018, 4, 9);

    @Test
    void issuingIsOneStepThatUndoTakesBack() {
        CommandStack stack = new CommandStack(TestMeetings.sample());

        stack.execute(new IssueVersion("CTOC/COP/WG.4/2018/1", APRIL_9, IssueKind.ORIGINAL));

        assertThat(stack.meeting().issued()).hasSize(1);
        assertThat(stack.meeting().issued().get(0).meeting()).isEqualTo(TestMeetings.sample());
        assertThat(stack.undoLabel()).contains("Issue CTOC/COP/WG.4/2018/1");
        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(TestMeetings.sample());
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void theFirstIssueIsTheOriginalAndEachNextTheNextRevision() {
        Meeting meeting = TestMeetings.sample();
        String symbol = meeting.details().masthead().symbol();
        assertThat(IssueProposal.of(meeting)).isEqualTo(new IssueProposal(symbol, IssueKind.ORIGINAL));

        Meeting once = new IssueVersion(symbol, APRIL_9, IssueKind.ORIGINAL).apply(meeting);
        assertThat(IssueProposal.of(once)).isEqualTo(new IssueProposal(symbol + "/Rev.1", IssueKind.REVISION));

        Meeting twice = new IssueVersion(symbol + "/Rev.1", APRIL_9, IssueKind.REVISION).apply(once);
        assertThat(IssueProposal.of(twice)).isEqualTo(new IssueProposal(symbol + "/Rev.2", IssueKind.REVISION));
    }

    @Test
    void anIssueWithoutASymbolIsRefused() {
        assertThatThrownBy(() -> new IssueVersion(" ", APRIL_9, IssueKind.ORIGINAL).apply(TestMeetings.sample()))
                .isInstanceOf(EditRejectedException.class).hasMessage("An issued version needs its document symbol.");
    }

    @Test
    void aReadOnlyStackRefusesEveryEditAndChangesNothing() {
        CommandStack stack = CommandStack.readOnly(TestMeetings.sample(), "This is an issued version, read-only.");

        assertThatThrownBy(() -> stack.execute(new IssueVersion("X/1", APRIL_9, IssueKind.ORIGINAL)))
                .isInstanceOf(EditRejectedException.class).hasMessage("This is an issued version, read-only.");
        assertThat(stack.meeting()).isEqualTo(TestMeetings.sample());
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isReadOnly()).isTrue();
    }
}
