package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.model.Meeting;
import org.agendum.testing.MeetingArbitraries;

class RoundTripPropertyTest {

    @Property(tries = 400)
    void readingWhatWasWrittenGivesBackTheSameMeeting(@ForAll("meetings") Meeting meeting) throws Exception {
        byte[] written = MeetingFiles.write(meeting);

        assertThat(MeetingFiles.read(written, "generated.agendum")).isEqualTo(meeting);
    }

    @Property(tries = 200)
    void writtenFilesAreCanonical(@ForAll("meetings") Meeting meeting) throws Exception {
        byte[] written = MeetingFiles.write(meeting);
        String text = new String(written, StandardCharsets.UTF_8);

        assertThat(MeetingFiles.write(meeting)).as("two writes of one meeting").isEqualTo(written);
        assertThat(MeetingFiles.write(MeetingFiles.read(written, "generated.agendum")))
                .as("a write after a read").isEqualTo(written);
        assertThat(text).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"format\": \"agendum-meeting\",\n"
                + "  \"version\": " + FormatVersion.needed(meeting) + ",\n  \"details\": {\n");
        assertThat(text).doesNotContain("\"level\": 0").doesNotContain(": false").doesNotContain("null");
    }

    @Provide
    Arbitrary<Meeting> meetings() {
        return MeetingArbitraries.meetings();
    }
}
