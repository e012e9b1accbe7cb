package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.agendum.edit.IssueVersion;
import org.agendum.edit.RenameItem;
import org.agendum.model.AgendaItem;
import org.agendum.model.IssueKind;
import org.agendum.model.IssueProposal;
import org.agendum.model.Meeting;
import org.agendum.testing.GeneralAssemblySession;
import org.junit.jupiter.api.Test;

/**
 * What a history costs (decision 0008): a General Assembly session issued 20 times, an item renamed between issues.
 * Prints the sizes and times the decision gives; asserts only the size, never a time.
 */
class IssuedHistorySizeTest {
    static final int ISSUES = 20;

    @Test
    void twentyIssuedVersionsOfAGeneralAssemblySessionStayCompact() throws Exception {
        Meeting plain = GeneralAssemblySession.meeting();
        Meeting issued = issuedTwenty(plain);
        int plainBytes = MeetingFiles.write(plain).length;
        int packedBytes = IssuedSnapshots.encode(plain).length();
        byte[] file = MeetingFiles.write(issued);

        System.out.println(measurement(plain, issued, plainBytes, packedBytes, file));
        // gzip keeps each version to a sixth of its JSON or less; a quarter would already be a regression
        assertThat(file.length).isLessThan(plainBytes + ISSUES * plainBytes / 4);
        assertThat(MeetingFiles.read(file, "ga.agendum")).isEqualTo(issued);
    }

    static Meeting issuedTwenty(Meeting meeting) {
        List<AgendaItem> items = meeting.agenda().allItems();
        Meeting current = meeting;
        for (int i = 0; i < ISSUES; i++) {
            IssueProposal next = IssueProposal.of(current);
            current = new IssueVersion(next.symbol(), LocalDate.of(2025, 9, 1).plusDays(i), next.kind()).apply(current);
            AgendaItem changed = items.get(i * 7 % items.size());
            current = new RenameItem(changed.id(), changed.title() + " (revised " + (i + 1) + ")").apply(current);
        }
        return current;
    }

    private static String measurement(Meeting plain, Meeting issued, int plainBytes, int packedBytes, byte[] file)
            throws MeetingFileException {
        byte[] plainFile = MeetingFiles.write(plain);
        long openPlain = bestOf(() -> MeetingFiles.read(plainFile, "ga.agendum"));
        long openIssued = bestOf(() -> MeetingFiles.read(file, "ga.agendum"));
        long savePlain = bestOf(() -> MeetingFiles.write(plain));
        Meeting issuedRead = MeetingFiles.read(file, "ga.agendum");
        long saveIssued = bestOf(() -> MeetingFiles.write(issuedRead));
        int samplePacked = IssuedSnapshots.encode(SampleMeeting.load()).length();
        return String.format("Issued history, the sample (WG.4): meeting file %,d bytes, one version packed %,d bytes. "
                + "Issued history, General Assembly session: meeting file %,d bytes; one version packed "
                + "%,d bytes; %d versions naive (a full JSON copy each) %,d bytes; file with %d packed versions %,d "
                + "bytes; opening (best of 3): %d ms without history, %d ms with it; saving (best of 3): %d ms without "
                + "history, %d ms with it",
                MeetingFiles.write(SampleMeeting.load()).length, samplePacked, plainBytes, packedBytes, ISSUES,
                (long) plainBytes * (ISSUES + 1), ISSUES, file.length, openPlain, openIssued, savePlain, saveIssued);
    }

    private interface Run {
        void run() throws MeetingFileException;
    }

    private static long bestOf(Run run) throws MeetingFileException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }
}
