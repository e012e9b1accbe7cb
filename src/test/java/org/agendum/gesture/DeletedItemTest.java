package org.agendum.gesture;

import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.assertj.core.api.Assertions.assertThat;

import org.agendum.file.SampleMeeting;
import org.agendum.model.AgendaItem;
import org.agendum.model.Meeting;
import org.junit.jupiter.api.Test;

/** What the status bar says a deletion took away. */
class DeletedItemTest {
    private final Meeting sample = SampleMeeting.load();

    @Test
    void anItemWithItsAnnotationDocumentationAndEntries() {
        assertThat(DeletedItem.describe(sample, ITEM_2)).isEqualTo("Deleted item 2 \u201CInternational cooperation "
                + "in cases of\u2026\u201D with its annotation, 1 Documentation entry and 2 entries of the "
                + "organization of work. Ctrl+Z brings it back.");
    }

    @Test
    void aSubItemIsNamedByItsReference() {
        assertThat(DeletedItem.describe(sample, ITEM_1A)).startsWith("Deleted item 1 (a) \u201COpening of the "
                + "meeting\u201D with its annotation and 1 entry of the organization of work.");
    }

    @Test
    void anEmptyUntitledItemIsJustDeleted() {
        AgendaItem blank = AgendaItem.titled("");
        Meeting meeting = sample.withAgenda(sample.agenda().insert(null, 0, blank));
        assertThat(DeletedItem.describe(meeting, blank.id())).isEqualTo("Deleted item 1. Ctrl+Z brings it back.");
    }
}
