package org.agendum.file;

import java.nio.file.Path;

/**
 * The process the save-killing test kills: saves the versions of {@link SavedVersions} one after the other through
 * the real save ({@link MeetingFiles#save}) into one file, and after each completed save prints
 * {@code saved <index>;} (the semicolon shows that the line arrived whole). It never stops by itself.
 * No JavaFX: the process starts in a fraction of a second, so that each kill can afford a process of its own.
 *
 * <p>Arguments: the file, the seed, the index of the first version to save, and optionally how many versions to
 * save before ending normally (a warm-up run that leaves a class-data archive, see {@code QuickStartJvm}).
 */
public final class SavingLoopMain {
    private SavingLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        SavedVersions versions = new SavedVersions(Long.parseLong(args[1]));
        int first = Integer.parseInt(args[2]);
        long count = args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        for (int index = first; index - first < count; index++) {
            MeetingFiles.save(versions.version(index), file);
            System.out.println("saved " + index + ";");
            System.out.flush();
        }
    }
}
