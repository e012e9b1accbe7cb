package org.agendum.corrigendum;

import static org.assertj.core.api.Assertions.assertThat;

import org.agendum.file.SampleMeeting;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.RichText;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** A correction is placed in its sentence, as "Paragraph 3, second sentence" does, when the paragraph has several. */
class SentencePlaceTest {
    private static final String THREE = "The meeting opens at 10 a.m. on Monday. The Group will adopt its agenda. "
            + "Documents are listed below.";

    private static Meeting annotated(Language language, String... paragraphs) {
        Meeting sample = SampleMeeting.load();
        Meeting meeting = sample.withDetails(sample.details().toBuilder().versionLanguage(language).build());
        return meeting.withAgenda(meeting.agenda().replace(Fixtures.ITEM_4,
                item -> item.withAnnotation(RichText.of(paragraphs))));
    }

    private static String place(Meeting before, Meeting after) {
        return CorrigendumInstructions.between(before, after).get(0).location();
    }

    @Test
    void aWordChangedInTheSecondSentence() {
        assertThat(place(annotated(Language.ENGLISH, THREE),
                annotated(Language.ENGLISH, THREE.replace("adopt its agenda", "adopt the agenda"))))
                .isEqualTo("Item 4, paragraph 1, second sentence");
    }

    @Test
    void wordsDeletedFromTheThirdSentenceAndInsertedInTheFirst() {
        assertThat(place(annotated(Language.ENGLISH, THREE),
                annotated(Language.ENGLISH, THREE.replace("Documents are listed", "Documents listed"))))
                .isEqualTo("Item 4, paragraph 1, third sentence");
        assertThat(place(annotated(Language.ENGLISH, THREE),
                annotated(Language.ENGLISH, THREE.replace("opens at", "opens formally at"))))
                .isEqualTo("Item 4, paragraph 1, first sentence");
    }

    /** "10 a.m." does not end a sentence in the middle of one; a single sentence is the paragraph. */
    @Test
    void aParagraphOfOneSentenceIsPlacedByItsNumber() {
        String one = "The meeting opens at 10 a.m. on Monday, 2 July.";
        assertThat(place(annotated(Language.ENGLISH, "First.", one),
                annotated(Language.ENGLISH, "First.", one.replace("Monday", "Tuesday"))))
                .isEqualTo("Item 4, paragraph 2");
    }

    @Test
    void inTheVersionsLanguage() {
        String french = "La séance s’ouvre lundi. Le Groupe adoptera son ordre du jour.";
        assertThat(place(annotated(Language.FRENCH, french),
                annotated(Language.FRENCH, french.replace("son ordre", "l’ordre"))))
                .isEqualTo("Point 4, paragraphe 1, deuxième phrase");
        String chinese = "会议于星期一开幕。 工作组将通过议程。";
        assertThat(place(annotated(Language.CHINESE, chinese),
                annotated(Language.CHINESE, chinese.replace("通过议程", "通过其议程"))))
                .isEqualTo("项目4，第1段，第二句");
    }
}
