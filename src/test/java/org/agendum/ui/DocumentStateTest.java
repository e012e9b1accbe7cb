package org.agendum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.model.ItemId;
import org.junit.jupiter.api.Test;

/** The words of the title and the status bar for the state of the file. */
class DocumentStateTest {
    private final CommandStack stack = new CommandStack(TestMeetings.sample());
    private final Path file = Path.of("/meetings/wg4.agendum");

    @Test
    void aFileIsSavedUntilChangedAndAutosaveIsMentionedForTheChangesItHolds() {
        DocumentState document = new DocumentState(stack, file, false);
        assertThat(document.saveStateProperty().get()).isEqualTo("Saved");
        assertThat(document.titleProperty().get()).isEqualTo("wg4.agendum \u2013 Agendum");
        stack.execute(new RenameItem(new ItemId("item-4"), "Any other business"));
        assertThat(document.isDirty()).isTrue();
        assertThat(document.saveStateProperty().get()).isEqualTo("Unsaved changes");
        assertThat(document.titleProperty().get()).startsWith("*");
        document.autosaved(stack.revision(), LocalTime.of(10, 42));
        assertThat(document.saveStateProperty().get()).isEqualTo("Unsaved changes \u00b7 autosaved 10:42");
        stack.execute(new RenameItem(new ItemId("item-4"), "Other business"));
        assertThat(document.saveStateProperty().get()).isEqualTo("Unsaved changes");
        stack.markSaved();
        document.saved(file);
        assertThat(document.saveStateProperty().get()).isEqualTo("Saved");
        assertThat(document.titleProperty().get()).isEqualTo("wg4.agendum \u2013 Agendum");
    }

    @Test
    void theSampleAndANewMeetingAreNotSavedAnywhere() {
        DocumentState document = new DocumentState(stack, null, true);
        assertThat(document.saveStateProperty().get()).isEqualTo("Sample, not saved");
        assertThat(document.nameInSentence()).isEqualTo("the sample meeting");
        document.opened(null, false);
        assertThat(document.saveStateProperty().get()).isEqualTo("Not saved yet");
        assertThat(document.nameInSentence()).isEqualTo("the new meeting");
        document.saved(file);
        assertThat(document.isSample()).isFalse();
        assertThat(document.nameInSentence()).isEqualTo("wg4.agendum");
    }

    @Test
    void everyChangeIsCountedForTheBindings() {
        DocumentState document = new DocumentState(stack, file, false);
        long before = document.changesProperty().get();
        stack.execute(new RenameItem(new ItemId("item-4"), "Any other business"));
        stack.undo();
        assertThat(document.changesProperty().get()).isEqualTo(before + 2);
        document.dispose();
        stack.redo();
        assertThat(document.changesProperty().get()).isEqualTo(before + 2);
    }
}
