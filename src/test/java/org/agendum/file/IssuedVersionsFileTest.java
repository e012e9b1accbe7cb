package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.edit.IssueVersion;
import org.agendum.model.IssueKind;
import org.agendum.model.IssuedVersion;
import org.agendum.model.Meeting;
import org.agendum.testing.MeetingArbitraries;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;

/**
 * A meeting file carries its issued versions: they read back as they were written, a file without them is written
 * as before, and a damaged history refuses the file with a sentence naming the place.
 */
class IssuedVersionsFileTest {
    private static final LocalDate APRIL_9 = LocalDate.of(2018, 4, 9);

    @Test
    void issuedVersionsReadBackWithTheirSymbolDateKindAndMeeting() throws Exception {
        Meeting issuedOnce = new IssueVersion("CTOC/COP/WG.4/2018/1", APRIL_9, IssueKind.ORIGINAL)
                .apply(TestMeetings.sample());
        Meeting changed = issuedOnce.withDetails(issuedOnce.details().withMasthead(
                issuedOnce.details().masthead().withSymbol("CTOC/COP/WG.4/2018/1/Rev.1")));
        Meeting twice = new IssueVersion("CTOC/COP/WG.4/2018/1/Rev.1", APRIL_9.plusDays(20), IssueKind.REVISION)
                .apply(changed);

        Meeting read = MeetingFiles.read(MeetingFiles.write(twice), "wg4.agendum");

        assertThat(read).isEqualTo(twice);
        assertThat(read.issued()).extracting(IssuedVersion::symbol, IssuedVersion::date, IssuedVersion::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CTOC/COP/WG.4/2018/1", APRIL_9, IssueKind.ORIGINAL),
                        org.assertj.core.groups.Tuple.tuple("CTOC/COP/WG.4/2018/1/Rev.1", APRIL_9.plusDays(20),
                                IssueKind.REVISION));
        assertThat(read.issued().get(0).meeting()).isEqualTo(TestMeetings.sample());
        assertThat(read.issued().get(1).meeting()).isEqualTo(changed.withoutIssued());
        assertThat(MeetingFiles.write(read)).isEqualTo(MeetingFiles.write(twice));
    }

    /** Every kind is written with its code and read back as itself: the reissue too. */
    @Test
    void everyKindReadsBack() throws Exception {
        Meeting meeting = TestMeetings.sample();
        for (IssueKind kind : IssueKind.values()) {
            meeting = new IssueVersion("CTOC/COP/WG.4/2018/1", APRIL_9, kind).apply(meeting);
        }
        Meeting read = MeetingFiles.read(MeetingFiles.write(meeting), "wg4.agendum");
        assertThat(read.issued()).extracting(IssuedVersion::kind).containsExactly(IssueKind.values());
        assertThat(new String(MeetingFiles.write(meeting), java.nio.charset.StandardCharsets.UTF_8))
                .containsPattern("\"kind\" ?: ?\"reissue\"");
    }

    @Property(tries = 40)
    void anyMeetingIssuedReadsBackEqual(@ForAll("meetings") Meeting meeting) throws Exception {
        Meeting issued = new IssueVersion("A/80/1", APRIL_9, IssueKind.ORIGINAL).apply(meeting);

        Meeting read = MeetingFiles.read(MeetingFiles.write(issued), "generated.agendum");

        assertThat(read).isEqualTo(issued);
        assertThat(text(MeetingFiles.write(read))).contains("\"issued\": [", "\"version\": 2");
    }

    @Provide
    Arbitrary<Meeting> meetings() {
        return MeetingArbitraries.meetings();
    }

    @Test
    void aFileWithoutIssuedVersionsIsWrittenAsBefore() throws Exception {
        byte[] golden = StableOutputTest.golden();

        byte[] rewritten = MeetingFiles.write(MeetingFiles.read(golden, "tiny-meeting.agendum"));

        assertThat(rewritten).isEqualTo(golden);
        assertThat(text(rewritten)).doesNotContain("issued");
    }

    @Test
    void aDamagedIssuedMeetingRefusesTheFileNamingTheVersion() throws Exception {
        String file = withOneIssued("\"meeting\": \"not base64 at all\"");

        assertThat(refusal(file)).isEqualTo("wg4.agendum: line " + lineOf(file, "\"meeting\"") + ", column 18: "
                + "\"meeting\" of issued version 1 of the meeting file (issued[0].meeting) is not a meeting as Agendum "
                + "keeps it (a meeting file, gzipped, in base64).");
    }

    @Test
    void anIssuedMeetingThatIsNoMeetingFileIsRefusedWithItsOwnProblem() throws Exception {
        String notAMeeting = packed("{\"format\": \"other\"}");
        String file = withOneIssued("\"meeting\": \"" + notAMeeting + "\"");

        assertThat(refusal(file)).startsWith("wg4.agendum: issued version 1 of the meeting file (CTOC/COP/WG.4/2018/1)")
                .contains("not an Agendum meeting file");
    }

    @Test
    void anUnknownKindIsRefused() throws Exception {
        String file = withOneIssued("\"meeting\": \"" + IssuedSnapshots.encode(TestMeetings.sample()) + "\"")
                .replace("\"kind\": \"original\"", "\"kind\": \"addendum\"");

        assertThat(refusal(file)).contains("\"kind\" of issued version 1 of the meeting file (issued[0].kind) is "
                + "\"addendum\", which is not one of");
    }

    @Test
    void anIssuedVersionWithoutItsDateIsRefused() throws Exception {
        String file = withOneIssued("\"meeting\": \"" + IssuedSnapshots.encode(TestMeetings.sample()) + "\"")
                .replace("\"date\": \"2018-04-09\",", "");

        assertThat(refusal(file)).contains("issued version 1 of the meeting file (issued[0]) has no \"date\"");
    }

    @Test
    void anIssuedMeetingWithAHistoryOfItsOwnIsRefused() throws Exception {
        Meeting nested = new IssueVersion("X/1", APRIL_9, IssueKind.ORIGINAL).apply(TestMeetings.sample());
        String file = withOneIssued("\"meeting\": \"" + packed(text(MeetingFiles.write(nested))) + "\"");

        assertThat(refusal(file)).contains("holds issued versions of its own");
    }

    /** The sample file with one issued version whose last field is {@code meetingField}. */
    private static String withOneIssued(String meetingField) throws Exception {
        String sample = text(MeetingFiles.write(TestMeetings.sample())).replace("\"version\": 1", "\"version\": 2");
        int end = sample.lastIndexOf('}');
        return sample.substring(0, end).stripTrailing() + ",\n  \"issued\": [\n    {\n      \"symbol\": "
                + "\"CTOC/COP/WG.4/2018/1\",\n      \"date\": \"2018-04-09\",\n      \"kind\": \"original\",\n      "
                + meetingField + "\n    }\n  ]\n}\n";
    }

    private static String refusal(String file) {
        Throwable thrown = catchThrowable(() -> MeetingFiles.read(file.getBytes(StandardCharsets.UTF_8),
                "wg4.agendum"));
        assertThat(thrown).isExactlyInstanceOf(MeetingFileException.class);
        return thrown.getMessage();
    }

    private static int lineOf(String file, String text) {
        return (int) file.substring(0, file.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String packed(String json) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
