package org.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;

/** What a reissue for technical reasons reissues: the last document circulated, under its first date of issue. */
class ReissueTest {
    private static final String SYMBOL = "CTOC/COP/WG.4/2018/1";
    private static final LocalDate APRIL_9 = LocalDate.of(2018, 4, 9);

    private static Meeting issued(Meeting meeting, String symbol, LocalDate date, IssueKind kind) {
        return meeting.withIssued(new IssuedVersion(symbol, date, kind, meeting.withoutIssued()));
    }

    @Test
    void nothingIssuedNothingToReissue() {
        assertThat(Reissue.of(TestMeetings.sample())).isEmpty();
    }

    @Test
    void theOriginalIsReissuedUnderItsSymbolAndDate() {
        Meeting meeting = issued(TestMeetings.sample(), SYMBOL, APRIL_9, IssueKind.ORIGINAL);
        assertThat(Reissue.of(meeting)).contains(new Reissue(SYMBOL, APRIL_9));
    }

    /** A corrigendum is not reissued; a second reissue keeps the first date; a revision is its own document. */
    @Test
    void corrigendaAndEarlierReissuesDoNotChangeTheDocument() {
        Meeting meeting = issued(TestMeetings.sample(), SYMBOL, APRIL_9, IssueKind.ORIGINAL);
        meeting = issued(meeting, SYMBOL, LocalDate.of(2018, 4, 17), IssueKind.REISSUE);
        meeting = issued(meeting, SYMBOL + "/Corr.1", LocalDate.of(2018, 5, 2), IssueKind.CORRIGENDUM);
        assertThat(Reissue.of(meeting)).contains(new Reissue(SYMBOL, APRIL_9));

        meeting = issued(meeting, SYMBOL + "/Rev.1", LocalDate.of(2018, 6, 1), IssueKind.REVISION);
        assertThat(Reissue.of(meeting)).contains(new Reissue(SYMBOL + "/Rev.1", LocalDate.of(2018, 6, 1)));
    }

    /** A reissue is not a revision: the next one proposed is still Rev.1. */
    @Test
    void aReissueDoesNotCountAsARevision() {
        Meeting meeting = issued(TestMeetings.sample(), SYMBOL, APRIL_9, IssueKind.ORIGINAL);
        meeting = issued(meeting, SYMBOL, LocalDate.of(2018, 4, 17), IssueKind.REISSUE);
        assertThat(IssueProposal.of(meeting).symbol()).isEqualTo(SYMBOL + "/Rev.1");
    }
}
