package org.agendum.corrigendum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.agendum.edit.RenameItem;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Day;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingInfo;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.testing.Fixtures;
import org.agendum.typography.DocumentLanguage;
import org.junit.jupiter.api.Test;

/**
 * A corrigendum is in the language of the version it corrects: the French version's Rectificatif says "Au lieu de …
 * lire …" with « » around the document's words, places its corrections in French ("Point 4, intitulé", "Annexe, Lundi
 * 2 juillet, …") and sets its own words in italics; the English one is unchanged.
 */
class CorrigendumLanguagesTest {
    private static Meeting in(Language language) {
        Meeting sample = SampleMeeting.load();
        return sample.withDetails(sample.details().toBuilder().versionLanguage(language).build());
    }

    private static Meeting renamed(Meeting meeting) {
        return new RenameItem(Fixtures.ITEM_4, "Any other business").apply(meeting);
    }

    @Test
    void aRenamedItemInEachLanguage() {
        assertThat(CorrigendumInstructions.between(in(Language.ENGLISH), renamed(in(Language.ENGLISH))))
                .containsExactly(new Instruction("Item 4, title",
                        "For \u201cOther matters\u201d read \u201cAny other business\u201d"));
        assertThat(CorrigendumInstructions.between(in(Language.FRENCH), renamed(in(Language.FRENCH))))
                .containsExactly(new Instruction("Point 4, intitulé",
                        "Au lieu de \u00ab\u00a0Other matters\u00a0\u00bb lire \u00ab\u00a0Any other business\u00a0\u00bb"));
        assertThat(CorrigendumInstructions.between(in(Language.SPANISH), renamed(in(Language.SPANISH))).get(0).text())
                .startsWith("Donde dice ").contains(" debe decir ");
        assertThat(CorrigendumInstructions.between(in(Language.RUSSIAN), renamed(in(Language.RUSSIAN))).get(0))
                .isEqualTo(new Instruction("Пункт 4, название",
                        "Вместо \u00abOther matters\u00bb читать \u00abAny other business\u00bb"));
        assertThat(CorrigendumInstructions.between(in(Language.CHINESE), renamed(in(Language.CHINESE))).get(0))
                .isEqualTo(new Instruction("项目4，标题", "将\u201cOther matters\u201d改为\u201cAny other business\u201d"));
        assertThat(CorrigendumInstructions.between(in(Language.ARABIC), renamed(in(Language.ARABIC))).get(0)
                .location()).isEqualTo("البند 4، العنوان");
    }

    /** A new item's annotation is given in full under the annotations: the reader has it nowhere else. */
    @Test
    void aNewItemCarriesItsAnnotation() {
        Meeting before = in(Language.ENGLISH);
        org.agendum.model.AgendaItem closing = org.agendum.model.AgendaItem.of(new org.agendum.model.ItemId("closing"),
                "Closing of the meeting").withAnnotation(org.agendum.model.RichText.of(
                "The Chair will close the meeting.", "", "Delegations may speak briefly."));
        Meeting after = new org.agendum.edit.AddItem(null, before.agenda().items().size(), closing).apply(before);

        assertThat(CorrigendumInstructions.between(before, after)).containsExactly(
                new Instruction("Provisional agenda, item 6", "Insert a new item 6, \u201cClosing of the meeting\u201d"),
                new Instruction("Annotations, item 6", "Insert \u201cThe Chair will close the meeting.\u201d "
                        + "\u201cDelegations may speak briefly.\u201d"));
    }

    /** The French version's dates are corrected as it prints them, on page 1. */
    @Test
    void datesAreCorrectedInTheVersionsForms() {
        Meeting before = in(Language.FRENCH);
        MeetingInfo info = before.details().meetingInfo();
        Meeting after = before.withDetails(before.details().toBuilder()
                .dates(info.startDate().plusDays(1), info.endDate().plusDays(1)).build());
        assertThat(CorrigendumInstructions.between(before, after)).containsExactly(new Instruction("Page 1",
                "Au lieu de \u00ab\u00a02 et 3 juillet 2018\u00a0\u00bb lire \u00ab\u00a03 et 4 juillet 2018\u00a0\u00bb"));
    }

    /** A meeting moved in the French annex: its day and times as the annex prints them. */
    @Test
    void aRetimedMeetingInTheFrenchAnnex() {
        Meeting before = in(Language.FRENCH);
        Day monday = before.organization().days().get(0);
        MeetingSlot afternoon = monday.meetings().get(1);
        MeetingSlot later = afternoon.withTimes(LocalTime.of(15, 30), LocalTime.of(18, 0), afternoon.label());
        List<Day> days = new java.util.ArrayList<>(before.organization().days());
        days.set(0, new Day(monday.date(), List.of(monday.meetings().get(0), later)));
        Meeting after = before.withOrganization(new OrganizationOfWork(days));

        Instruction retimed = CorrigendumInstructions.between(before, after).get(0);
        DocumentLanguage french = DocumentLanguage.of("fr");
        String day = french.dates().weekdayAndDayMonth(monday.date());
        assertThat(retimed.location()).isEqualTo("Annexe, " + day + ", "
                + french.times().meeting(afternoon.start(), afternoon.end()));
        assertThat(retimed.text()).startsWith("Au lieu de \u00ab\u00a0" + day).contains(" lire ")
                .contains(french.times().meeting(LocalTime.of(15, 30), LocalTime.of(18, 0)));
    }

    /** The keywords set in italics are the version's, whole words, outside its quotation marks. */
    @Test
    void theVersionsKeywordsAreFoundOutsideItsQuotes() {
        CorrigendumWording french = CorrigendumWording.of(DocumentLanguage.of("fr"));
        List<InstructionWords.Part> parts = new Instruction("Point 2, paragraphe 1",
                "Au lieu de \u00ab\u00a0lire la suite\u00a0\u00bb lire \u00ab\u00a0lire après\u00a0\u00bb").parts(french);
        assertThat(parts).filteredOn(InstructionWords.Part::keyword).extracting(InstructionWords.Part::text)
                .containsExactly("Au lieu de", "lire");
        CorrigendumWording chinese = CorrigendumWording.of(DocumentLanguage.of("zh"));
        assertThat(new Instruction("项目4，标题", "将\u201c甲\u201d改为\u201c乙\u201d").parts(chinese))
                .noneMatch(InstructionWords.Part::keyword);
        // "after" inside "afterwards" is not the keyword
        assertThat(new Instruction("x", "Insert \u201cx\u201d afterwards").parts(CorrigendumWording.ENGLISH))
                .filteredOn(InstructionWords.Part::keyword).extracting(InstructionWords.Part::text)
                .containsExactly("Insert");
    }
}
