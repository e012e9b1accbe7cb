package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadAndSaveTest {
    @TempDir
    Path folder;

    @Test
    void aSavedMeetingLoadsBackEqual() throws Exception {
        Path file = folder.resolve("meeting" + MeetingFiles.EXTENSION);

        MeetingFiles.save(StableOutputTest.tinyMeeting(), file);

        assertThat(MeetingFiles.load(file)).isEqualTo(StableOutputTest.tinyMeeting());
    }

    @Test
    void aMissingFileIsNamed() {
        Throwable thrown = catchThrowable(() -> MeetingFiles.load(folder.resolve("gone.agendum")));

        assertThat(thrown).isExactlyInstanceOf(MeetingFileException.class)
                .hasMessage("gone.agendum does not exist (it may have been moved, renamed or deleted).");
    }

    @Test
    void aFolderIsNotAMeetingFile() throws IOException {
        Path directory = Files.createDirectory(folder.resolve("x.agendum"));

        Throwable thrown = catchThrowable(() -> MeetingFiles.load(directory));

        assertThat(thrown).isExactlyInstanceOf(MeetingFileException.class)
                .hasMessage("x.agendum is a folder, not a meeting file.");
    }

    @Test
    void theSampleLoadsFromItsResource() {
        Meeting sample = SampleMeeting.load();

        assertThat(sample.details().masthead().symbol()).isEqualTo("CTOC/COP/WG.4/2018/1");
        assertThat(sample.agenda().size()).isEqualTo(7);
    }

    @Test
    void aMeetingThatCouldNotBeOpenedAgainIsNotSaved() throws Exception {
        Path file = folder.resolve("x.agendum");
        MeetingFiles.save(SampleMeeting.load(), file);
        byte[] before = Files.readAllBytes(file);
        // the model allows two items with one id; the edits never make them, the file format refuses them
        Meeting broken = SampleMeeting.load().withAgenda(new Agenda(List.of(
                AgendaItem.of(new ItemId("item-1"), "One"), AgendaItem.of(new ItemId("item-1"), "Two"))));

        Throwable thrown = catchThrowable(() -> MeetingFiles.save(broken, file));

        assertThat(thrown).isInstanceOf(IOException.class).hasMessage("Could not save x.agendum because Agendum could "
                + "not open the result: \"id\" of agenda item 2 (agenda[1].id) is \"item-1\", the "
                + "same as \"id\" of agenda item 1 (agenda[0].id); every agenda item needs its own id.");
        assertThat(file).hasBinaryContent(before);
        assertThat(MeetingFiles.backupOf(file)).doesNotExist();
    }
}
