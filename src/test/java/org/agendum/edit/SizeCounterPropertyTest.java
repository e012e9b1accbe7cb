package org.agendum.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingLimit;
import org.agendum.model.MeetingSize;
import org.agendum.testing.Fixtures;

/** The stack's counter, which counts again only the items an edit changed, counts every meeting as a fresh count. */
class SizeCounterPropertyTest {
    @Provide
    Arbitrary<List<RandomEdits.Step>> scripts() {
        return RandomEdits.scripts();
    }

    @Property(tries = 200)
    void countsEachMeetingOfASessionAsAFreshCountDoes(@ForAll("scripts") List<RandomEdits.Step> script) {
        CommandStack stack = new CommandStack(Fixtures.referenceMeeting());
        MeetingSize.Counter counter = new MeetingSize.Counter();
        assertSameCounts(counter.of(stack.meeting()), stack.meeting());
        for (int i = 0; i < script.size(); i++) {
            RandomEdits.run(stack, script.get(i));
            if (i % 5 == 4 && stack.canUndo()) {
                stack.undo(); // an older meeting, whose changed items the counter no longer holds
            }
            assertSameCounts(counter.of(stack.meeting()), stack.meeting());
        }
    }

    private static void assertSameCounts(MeetingSize counted, Meeting meeting) {
        MeetingSize fresh = MeetingSize.of(meeting);
        for (MeetingLimit limit : MeetingLimit.values()) {
            assertThat(counted.count(limit)).as(limit.name()).isEqualTo(fresh.count(limit));
        }
    }
}
