package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agendum.testing.ChildJvm;

/**
 * One series of kills in one folder: each round starts a {@link SavingLoopMain} on the file, lets it save a few
 * versions, kills it at a random moment (SIGKILL) and then checks what is on disk. The file must be, byte for byte,
 * the last version the process announced or the one it was saving when it died; its backup the version before that
 * (or the same one, when the kill fell between keeping the backup and putting the new version in place). Temporary
 * files a kill leaves behind stay in the folder, so every later save and load runs beside them.
 */
final class KilledSaves {
    private static final Pattern SAVED = Pattern.compile("saved (\\d+);");
    /** A save takes a few milliseconds in a young process: kills spread over this window hit every step of it. */
    private static final long MAX_DELAY_NANOS = 40_000_000;

    /** What the kills found. */
    record Tally(int kills, int filesIntact, int backupsIntact, int tempFilesLeft, int betweenBackupAndReplace,
            int savedButNotAnnounced, int saves) {
        Tally plus(Tally o) {
            return new Tally(kills + o.kills, filesIntact + o.filesIntact, backupsIntact + o.backupsIntact,
                    tempFilesLeft + o.tempFilesLeft, betweenBackupAndReplace + o.betweenBackupAndReplace,
                    savedButNotAnnounced + o.savedButNotAnnounced, saves + o.saves);
        }

        /** Kills that fell inside a save, between writing its first byte and putting the new version in place. */
        int midSave() {
            return tempFilesLeft + betweenBackupAndReplace;
        }
    }

    private final Path folder;
    private final Path file;
    private final long seed;
    private final SavedVersions versions;
    private final List<String> jvmOptions;
    private final Random random;

    KilledSaves(Path folder, long seed, List<String> jvmOptions) {
        this.folder = folder;
        this.file = folder.resolve("meeting.agendum");
        this.seed = seed;
        this.versions = new SavedVersions(seed);
        this.jvmOptions = jvmOptions;
        this.random = new Random(seed);
    }

    Tally run(int kills) throws IOException, InterruptedException, MeetingFileException {
        Files.createDirectories(folder);
        Tally tally = new Tally(0, 0, 0, 0, 0, 0, 0);
        int current = -1; // the version in the file; none yet
        for (int kill = 1; kill <= kills; kill++) {
            Set<Path> tempBefore = temporaryFiles();
            int first = current + 1;
            List<String> announced;
            try (ChildJvm child = ChildJvm.start(SavingLoopMain.class, jvmOptions,
                    List.of(file.toString(), Long.toString(seed), Integer.toString(first)),
                    folder.resolve("child-errors.txt"))) {
                // once it saves, wait a random moment: the kill lands anywhere in a save, or between two
                String line = child.nextLine(60);
                assertThat(line).as("the saving process's first line (%s)", child.errors()).isNotNull();
                LockSupport.parkNanos((long) (random.nextDouble() * MAX_DELAY_NANOS));
                child.kill();
                announced = child.lines();
            }
            int last = lastSaved(announced, first);
            String where = "kill " + kill + " in " + folder.getFileName() + " (seed " + seed + ", versions " + first
                    + " to " + last + " announced)";

            byte[] content = Files.readAllBytes(file);
            int version = versionOf(content, last, last + 1);
            assertThat(version).as("%s: the file is neither the last announced version nor the next one "
                    + "(%d bytes; a version of that index has %d)", where, content.length, versions.bytes(last).length)
                    .isNotNegative();
            assertThat(MeetingFiles.load(file)).as(where).isEqualTo(versions.version(version));

            Path backup = MeetingFiles.backupOf(file);
            boolean betweenBackupAndReplace = false;
            if (version == 0) {
                // the first version had nothing to back up; a kill while saving version 1 may have copied it
                assertThat(!Files.exists(backup) || Arrays.equals(Files.readAllBytes(backup), content))
                        .as("%s: the backup beside version 0", where).isTrue();
                betweenBackupAndReplace = Files.exists(backup);
            } else {
                byte[] backupContent = Files.readAllBytes(backup);
                int backupVersion = versionOf(backupContent, version - 1, version);
                assertThat(backupVersion).as("%s: the backup is neither version %d nor %d", where, version - 1,
                        version).isNotNegative();
                assertThat(MeetingFiles.load(backup)).as(where).isEqualTo(versions.version(backupVersion));
                betweenBackupAndReplace = backupVersion == version;
            }

            Set<Path> tempAfter = temporaryFiles();
            boolean tempLeft = !tempBefore.containsAll(tempAfter);
            tally = tally.plus(new Tally(1, 1, 1, tempLeft ? 1 : 0, betweenBackupAndReplace && !tempLeft ? 1 : 0,
                    version == last + 1 ? 1 : 0, version - current));
            current = version;
        }
        return tally;
    }

    /** The temporary files of saves that a kill cut short: ".meeting.agendum.tmp-…" and ".meeting.agendum.bak.tmp-…". */
    Set<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("." + file.getFileName())
                    && p.getFileName().toString().contains(".tmp-")).collect(Collectors.toSet());
        }
    }

    private static int lastSaved(List<String> lines, int first) {
        int last = first - 1;
        for (String line : lines) {
            Matcher saved = SAVED.matcher(line);
            if (saved.matches()) {
                last = Math.max(last, Integer.parseInt(saved.group(1)));
            }
        }
        return last;
    }

    /** Which of the candidate versions the bytes are exactly; -1 when none. */
    private int versionOf(byte[] content, int... candidates) {
        for (int candidate : candidates) {
            if (candidate >= 0 && Arrays.equals(content, versions.bytes(candidate))) {
                return candidate;
            }
        }
        return -1;
    }
}
