package org.agendum.version;

import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.edit.CommandStack;
import org.agendum.edit.MarkReviewed;
import org.agendum.edit.RenameItem;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.ItemMark;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.Processing;
import org.agendum.model.RichText;
import org.agendum.testing.MeetingArbitraries;
import org.junit.jupiter.api.Test;

/** The French version of the sample, CTOC/COP/WG.4/2018/1, and versions of generated meetings in each language. */
class LanguageVersionTest {
    private static final Meeting SAMPLE = withJobNumber(SampleMeeting.load());

    /** The sample as conference services numbered it, so that clearing the job line is seen. */
    private static Meeting withJobNumber(Meeting meeting) {
        MeetingDetails details = meeting.details();
        return meeting.withDetails(details.withProcessing(new Processing(details.processing().dutyStation(),
                "V.18-02269", Optional.of(LocalDate.of(2018, 4, 10)), Optional.of(LocalDate.of(2018, 4, 11)))));
    }

    @Test
    void theFrenchVersionKeepsTheItemsTheNumbersAndTheOrganizationOfWork() {
        Meeting french = LanguageVersion.of(SAMPLE, Language.FRENCH).meeting();

        assertThat(ids(french.agenda())).containsExactlyElementsOf(ids(SAMPLE.agenda()));
        assertThat(french.agenda().numbered()).extracting(Agenda.NumberedItem::reference)
                .containsExactlyElementsOf(SAMPLE.agenda().numbered().stream().map(Agenda.NumberedItem::reference).toList());
        assertThat(french.organization()).as("the same days, meetings, entries and ids: the annex stays aligned")
                .isEqualTo(SAMPLE.organization());
        assertThat(french.agenda().allItems()).as("each item's words as they were, to be translated")
                .allMatch(item -> item.withSubItems(List.of()).equals(SAMPLE.agenda().get(item.id())
                        .withSubItems(List.of()).withMark(ItemMark.TRANSLATE)));
    }

    @Test
    void theMastheadSaysFrenchFromEnglishAndTheJobNumberIsCleared() {
        MeetingDetails details = LanguageVersion.of(SAMPLE, Language.FRENCH).meeting().details();

        assertThat(details.masthead().versionLanguage()).isEqualTo(Language.FRENCH);
        assertThat(details.masthead().originalLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(details.processing().jobNumber()).as("each version has a job number of its own").isEmpty();
        assertThat(details.processing().processedOn()).isEmpty();
        assertThat(details.processing().releasedOn()).isEmpty();
        assertThat(details.processing().dutyStation()).isEqualTo(SAMPLE.details().processing().dutyStation());
        assertThat(details.withMasthead(SAMPLE.details().masthead()).withProcessing(SAMPLE.details().processing()))
                .as("nothing else of the details changes").isEqualTo(SAMPLE.details());
    }

    @Test
    void everyItemIsMarkedToTranslateSubItemsAndItemsUnderReviewToo() {
        Meeting underReview = SAMPLE.withAgenda(SAMPLE.agenda().replace(ITEM_1A, i -> i.withMark(ItemMark.REVIEW)));
        Meeting french = LanguageVersion.of(underReview, Language.FRENCH).meeting();

        assertThat(french.agenda().allItems()).hasSize(SAMPLE.agenda().size())
                .allMatch(item -> item.mark() == ItemMark.TRANSLATE);
        assertThat(french.agenda().marked(ItemMark.TRANSLATE)).containsExactlyElementsOf(ids(SAMPLE.agenda()));
    }

    @Test
    void anEditOfAnItemTakesItsMarkOffMarkAsTranslatedTooAndUndoBringsItBack() {
        CommandStack stack = new CommandStack(LanguageVersion.of(SAMPLE, Language.FRENCH).meeting());
        ItemId other = SAMPLE.agenda().items().get(1).id();

        stack.execute(new RenameItem(ITEM_1A, "Ouverture de la réunion"));
        assertThat(stack.meeting().agenda().get(ITEM_1A).mark()).isEqualTo(ItemMark.NONE);
        assertThat(stack.meeting().agenda().get(other).mark()).isEqualTo(ItemMark.TRANSLATE);
        stack.undo();
        assertThat(stack.meeting().agenda().get(ITEM_1A).mark()).isEqualTo(ItemMark.TRANSLATE);

        stack.execute(new ReplaceAnnotation(other, RichText.of("Le Groupe de travail est saisi du rapport.")));
        assertThat(stack.meeting().agenda().get(other).mark()).isEqualTo(ItemMark.NONE);
        stack.execute(new MarkReviewed(ITEM_1A));
        assertThat(stack.meeting().agenda().get(ITEM_1A)).as("a name or a symbol that stays as it is")
                .isEqualTo(SAMPLE.agenda().get(ITEM_1A));
        assertThat(stack.meeting().agenda().marked(ItemMark.TRANSLATE)).hasSize(SAMPLE.agenda().size() - 2);
    }

    @Test
    void theVersionCanBeInAnyOfTheFiveOtherLanguagesNotItsOwn() {
        assertThat(LanguageVersion.targets(SAMPLE)).containsExactly(Language.FRENCH, Language.SPANISH,
                Language.RUSSIAN, Language.CHINESE, Language.ARABIC);
        Meeting french = LanguageVersion.of(SAMPLE, Language.FRENCH).meeting();
        assertThat(LanguageVersion.targets(french)).contains(Language.ENGLISH).doesNotContain(Language.FRENCH);
        assertThatThrownBy(() -> LanguageVersion.of(SAMPLE, Language.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already the English version");
    }

    @Test
    void theTextsOfTheDetailsLeftToTranslateAreNamedButNotAStandardTitle() {
        List<String> others = LanguageVersion.of(SAMPLE, Language.FRENCH).otherTexts();

        assertThat(others).as("\u201cAnnotated provisional agenda\u201d is printed in French by the export itself")
                .containsExactly("Body", "Meeting", "Venue");
        MeetingDetails typed = SAMPLE.details().toBuilder().title("Provisional agenda and annotations, revised")
                .agendaItemLine("Item 3 of the provisional agenda").sessionLine("Eighth meeting").build();
        assertThat(LanguageVersion.of(SAMPLE.withDetails(typed), Language.SPANISH).otherTexts())
                .containsExactly("Body", "Meeting", "Session line", "Venue", "Title");
    }

    @Property(tries = 200)
    void theNumberingAndTheOrganizationOfWorkAreTheOriginals(@ForAll("meetings") Meeting original,
                                                            @ForAll("languages") Language language) {
        if (language == original.details().masthead().versionLanguage()) {
            return;
        }
        Meeting version = LanguageVersion.of(original, language).meeting();

        assertThat(version.agenda().numbered()).extracting(n -> n.item().id(), Agenda.NumberedItem::reference,
                Agenda.NumberedItem::parent).containsExactlyElementsOf(original.agenda().numbered().stream()
                        .map(n -> org.assertj.core.groups.Tuple.tuple(n.item().id(), n.reference(), n.parent())).toList());
        assertThat(version.organization()).isEqualTo(original.organization());
        assertThat(version.agenda().marked(ItemMark.TRANSLATE)).containsExactlyElementsOf(ids(original.agenda()));
        assertThat(version.details().masthead().versionLanguage()).isEqualTo(language);
        assertThat(version.details().masthead().originalLanguage())
                .isEqualTo(original.details().masthead().originalLanguage());
    }

    @Provide
    Arbitrary<Meeting> meetings() {
        return MeetingArbitraries.meetings();
    }

    @Provide
    Arbitrary<Language> languages() {
        return Arbitraries.of(Language.class);
    }

    private static List<ItemId> ids(Agenda agenda) {
        return agenda.allItems().stream().map(AgendaItem::id).toList();
    }
}
