package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.agendum.model.Meeting;
import org.agendum.testing.ImportableMeetings;
import org.agendum.testing.MeetingFieldScore;
import org.agendum.testing.MeetingsWithoutIds;

/**
 * Generated meetings exported to Word and imported back are the same meeting, ids aside: agendas three levels deep,
 * annotations with subparagraphs at every level and runs bold, italic, underlined, superscript and linked, footnotes,
 * Documentation lists, the annex with notes, the list forms, the masthead's optional lines, the job number and both
 * ways of treating an empty item. The meetings are {@link ImportableMeetings} in Word's format; the seed is jqwik's, so
 * a failure names it.
 */
class WordRoundTripPropertyTest {
    @Property(tries = 150)
    void anExportImportsBack(@ForAll long seed) throws Exception {
        Meeting meeting = ImportableMeetings.of(seed, ImportableMeetings.Format.WORD);

        Meeting back = WordRoundTripTest.roundTrip(meeting);

        assertThat(MeetingFieldScore.of(meeting, back).differences()).isEmpty();
        assertThat(MeetingsWithoutIds.of(back)).isEqualTo(MeetingsWithoutIds.of(meeting));
    }
}
