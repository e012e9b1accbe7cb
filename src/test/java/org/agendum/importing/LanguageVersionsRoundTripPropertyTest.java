package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.testing.ImportableMeetings;
import org.agendum.testing.MeetingFieldScore;
import org.agendum.testing.MeetingsWithoutIds;

/**
 * Generated meetings (as {@link WordRoundTripPropertyTest} makes them: three levels of items, subparagraphs at every
 * level, Documentation, the annex with notes, the list forms with numbered parts, the item line, the standard
 * sentence) as a version in any of the six languages, exported to Word and imported back, are the same meeting: every
 * label, date, time, heading and reference Agendum prints in the language reads back. (400 tries ran clean when
 * it was written; 60 keep the build quick.)
 */
class LanguageVersionsRoundTripPropertyTest {
    @Property(tries = 60)
    void aVersionInAnyLanguageImportsBack(@ForAll long seed, @ForAll Language language) throws Exception {
        Meeting generated = ImportableMeetings.of(seed, ImportableMeetings.Format.WORD);
        Meeting meeting = generated.withDetails(generated.details().toBuilder().versionLanguage(language).build());

        Meeting back = WordRoundTripTest.roundTrip(meeting);

        assertThat(MeetingFieldScore.of(meeting, back).differences()).as(MeetingFieldScore.of(meeting, back).summary())
                .isEmpty();
        assertThat(MeetingsWithoutIds.of(back)).isEqualTo(MeetingsWithoutIds.of(meeting));
    }
}
