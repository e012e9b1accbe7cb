package org.agendum.ui.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.file.MeetingFiles;
import org.agendum.model.Meeting;

/**
 * The process the crash test kills: the editor's window (headless), on the session's file, with autosave every
 * {@code interval} ms, makes the edits of {@link SessionEdits} through the command stack one every {@code pace} ms
 * until it is killed. It prints {@code edit <k> <epoch ms>;} after each edit, and {@code autosaved <k> <epoch ms>;}
 * each time it sees a new recovery file on disk holding the meeting after edit k: what a crash can no longer lose.
 *
 * <p>Arguments: the session folder (its {@code meeting.agendum}, {@code config/} and {@code data/}), the autosave
 * interval and the pace in milliseconds.
 */
public final class EditingSessionMain {
    private EditingSessionMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Duration interval = Duration.ofMillis(Long.parseLong(args[1]));
        long pace = Long.parseLong(args[2]);
        List<Meeting> states = new CopyOnWriteArrayList<>(List.of(SessionEdits.start()));
        CommandStack stack = new CommandStack(states.get(0));
        MainWindow[] window = new MainWindow[1];

        FutureTask<Void> shown = new FutureTask<>(() -> {
            window[0] = MainWindow.show(new Stage(), stack, TestWindows.folders(folder)
                    .file(folder.resolve("meeting.agendum"))
                    .autosaveInterval(interval));
        }, null);
        Platform.startup(shown);
        shown.get();
        watchRecoveryFile(window[0].recovery().meetingFile(), states);

        for (int k = 1; ; k++) {
            int number = k;
            FutureTask<Void> edit = new FutureTask<>(() -> {
                stack.execute(SessionEdits.edit(number, stack.meeting()));
                states.add(stack.meeting());
            }, null);
            Platform.runLater(edit);
            edit.get();
            announce("edit " + k);
            Thread.sleep(pace);
        }
    }

    /** Reads each new version of the recovery file and says which edit it ends with. */
    private static void watchRecoveryFile(Path file, List<Meeting> states) {
        Thread watcher = new Thread(() -> {
            FileTime seen = null;
            int announced = 0;
            while (true) {
                try {
                    FileTime modified = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
                    if (modified != null && !modified.equals(seen)) {
                        int edit = states.lastIndexOf(MeetingFiles.load(file));
                        seen = modified;
                        if (edit > announced) {
                            announced = edit;
                            announce("autosaved " + edit);
                        }
                    }
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // replaced while being read: the next round reads the new one
                }
            }
        }, "recovery-file-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static synchronized void announce(String what) {
        System.out.println(what + " " + System.currentTimeMillis() + ";");
        System.out.flush();
    }
}
