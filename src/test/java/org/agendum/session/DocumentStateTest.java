package org.agendum.session;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.io.FileStamp;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;

/** The words of the title and the status bar for the state of the file. */
class DocumentStateTest {
    private final CommandStack stack = new CommandStack(TestMeetings.sample());
    private final Path file = Path.of("/meetings/wg4.agendum");

    @Test
    void aFileIsSavedUntilChangedAndAutosaveIsMentionedForTheChangesItHolds() {
        DocumentState document = new DocumentState(stack, file, false);
        // read from the file, not saved by the officer: it does not say "Saved" (issue 14, item 9)
        assertThat(document.saveState()).isEqualTo("Opened wg4.agendum");
        assertThat(document.title()).isEqualTo("wg4.agendum \u2013 Agendum");
        stack.execute(new RenameItem(ITEM_4, "Any other business"));
        assertThat(document.isDirty()).isTrue();
        assertThat(document.saveState()).isEqualTo("Unsaved changes");
        assertThat(document.title()).startsWith("*");
        document.autosaved(stack.revision(), LocalTime.of(10, 42));
        assertThat(document.saveState()).isEqualTo("Unsaved changes \u00b7 autosaved 10:42");
        stack.execute(new RenameItem(ITEM_4, "Other business"));
        assertThat(document.saveState()).isEqualTo("Unsaved changes");
        stack.markSaved();
        document.saved(file, FileStamp.of(new byte[0]));
        assertThat(document.saveState()).isEqualTo("Saved");
        assertThat(document.title()).isEqualTo("wg4.agendum \u2013 Agendum");
    }

    @Test
    void anOpenedFileSaysOpenedUntilSavedAndAgainWhenAnotherIsOpened() {
        DocumentState document = new DocumentState(stack, null, true);
        document.opened(file, FileStamp.of(new byte[0]), false);
        assertThat(document.saveState()).isEqualTo("Opened wg4.agendum");
        stack.execute(new RenameItem(ITEM_4, "Any other business"));
        assertThat(document.saveState()).isEqualTo("Unsaved changes");
        stack.undo();
        assertThat(document.saveState()).isEqualTo("Opened wg4.agendum");
        stack.execute(new RenameItem(ITEM_4, "Any other business"));
        stack.markSaved();
        document.saved(file, FileStamp.of(new byte[0]));
        assertThat(document.saveState()).isEqualTo("Saved");
        document.opened(Path.of("/meetings/wg5.agendum"), FileStamp.of(new byte[0]), false);
        assertThat(document.saveState()).isEqualTo("Opened wg5.agendum");
    }

    @Test
    void theSampleAndANewMeetingAreNotSavedAnywhere() {
        DocumentState document = new DocumentState(stack, null, true);
        assertThat(document.saveState()).isEqualTo("Sample, not saved");
        assertThat(document.nameInSentence()).isEqualTo("the sample meeting");
        document.opened(null, false);
        assertThat(document.saveState()).isEqualTo("Not saved yet");
        assertThat(document.nameInSentence()).isEqualTo("the new meeting");
        document.saved(file, FileStamp.of(new byte[0]));
        assertThat(document.isSample()).isFalse();
        assertThat(document.nameInSentence()).isEqualTo("wg4.agendum");
    }

    @Test
    void aFileOpenReadOnlyIsNamedSoUntilItIsSavedElsewhere() {
        DocumentState document = new DocumentState(stack, null, true);
        FileStamp stamp = FileStamp.of(new byte[] {1});
        document.opened(file, stamp, true);
        assertThat(document.isReadOnly()).isTrue();
        assertThat(document.stamp()).contains(stamp);
        assertThat(document.saveState()).isEqualTo("Read-only");
        assertThat(document.title()).isEqualTo("wg4.agendum (read-only) \u2013 Agendum");
        stack.execute(new RenameItem(ITEM_4, "Any other business"));
        assertThat(document.saveState()).isEqualTo("Unsaved changes");
        assertThat(document.title()).isEqualTo("*wg4.agendum (read-only) \u2013 Agendum");
        stack.markSaved();
        Path copy = Path.of("/meetings/wg4 (copy).agendum");
        FileStamp saved = FileStamp.of(new byte[] {2});
        document.saved(copy, saved);
        assertThat(document.isReadOnly()).isFalse();
        assertThat(document.stamp()).contains(saved);
        assertThat(document.title()).isEqualTo("wg4 (copy).agendum \u2013 Agendum");
        document.opened(null, false);
        assertThat(document.stamp()).isEmpty();
    }

    @Test
    void everyChangeIsCountedForTheBindings() {
        DocumentState document = new DocumentState(stack, file, false);
        long before = document.changes();
        stack.execute(new RenameItem(ITEM_4, "Any other business"));
        stack.undo();
        assertThat(document.changes()).isEqualTo(before + 2);
        document.dispose();
        stack.redo();
        assertThat(document.changes()).isEqualTo(before + 2);
    }
}
