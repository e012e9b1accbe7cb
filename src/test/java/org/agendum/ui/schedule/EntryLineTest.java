package org.agendum.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agendum.model.Agenda;
import org.agendum.model.EntryId;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.testing.Fixtures;
import org.agendum.typography.DocumentLanguage;
import org.junit.jupiter.api.Test;

/** A chip's line in the version's forms: the item's reference and "(continued)" as its annex prints them. */
class EntryLineTest {
    private static final Meeting MEETING = Fixtures.referenceMeeting();

    /** The lines of a meeting of the reference organization of work, in {@code code}'s forms. */
    private static List<String> lines(MeetingSlot slot, String code) {
        Map<ItemId, Agenda.NumberedItem> numbered = MEETING.agenda().numbered().stream()
                .collect(Collectors.toMap(n -> n.item().id(), Function.identity()));
        Set<EntryId> continued = MEETING.organization().continuations();
        return slot.entries().stream()
                .map(entry -> EntryLine.of(entry, numbered, continued, DocumentLanguage.of(code)).text()).toList();
    }

    private static MeetingSlot slot(org.agendum.model.SlotId id) {
        return MEETING.organization().slot(id).orElseThrow();
    }

    @Test
    void englishIsAsTheAnnexPrintsIt() {
        assertThat(lines(slot(Fixtures.MON_AM), "en")).startsWith("1 (a) Opening of the meeting",
                "1 (b) Adoption of the agenda and organization of work");
        assertThat(lines(slot(Fixtures.MON_PM), "en").get(0)).startsWith("2 International cooperation")
                .endsWith("victims (continued)");
    }

    @Test
    void otherVersionsUseTheirReferencesAndTheirContinued() {
        assertThat(lines(slot(Fixtures.MON_AM), "fr")).startsWith("1 a) Opening of the meeting");
        assertThat(lines(slot(Fixtures.MON_PM), "fr").get(0)).endsWith("victims (suite)");
        assertThat(lines(slot(Fixtures.MON_AM), "ar")).startsWith("1 (أ) Opening of the meeting",
                "1 (ب) Adoption of the agenda and organization of work");
        assertThat(lines(slot(Fixtures.MON_PM), "ar").get(0)).endsWith("victims (تابع)");
        assertThat(lines(slot(Fixtures.MON_AM), "zh")).startsWith("1(a) Opening of the meeting");
        assertThat(lines(slot(Fixtures.MON_PM), "zh").get(0)).endsWith("victims（续）");
    }

    @Test
    void aNoteIsItsTextInEveryLanguage() {
        NoteEntry note = new NoteEntry(new EntryId("note"), "Consultations informelles");
        EntryLine line = EntryLine.of(note, Map.of(), Set.of(), DocumentLanguage.of("fr"));
        assertThat(line.text()).isEqualTo("Consultations informelles");
        assertThat(line.isContinued()).isFalse();
    }
}
