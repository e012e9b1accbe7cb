package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.agendum.testing.QuickStartJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost when the process dies while saving: a separate process saves a growing meeting again and again
 * through the real save ({@link MeetingFiles#save}: a temporary file, forced to disk, renamed over the old one, the
 * old one kept as ".bak") and is killed with SIGKILL at random moments, a new process for every kill. After every
 * kill the file and its backup are complete versions that were saved, never half-written; temporary files that
 * kills leave behind never get in the way of a later save or load.
 */
class KillDuringSaveTest {
    /** Two series side by side, one per core: each kill needs a process start of its own. */
    private static final int SERIES = 2;
    private static final int KILLS_PER_SERIES = 100;

    @TempDir
    Path folder;

    @Test
    void everyKillLeavesTheFileAndItsBackupAsVersionsThatWereSaved() throws Exception {
        long started = System.nanoTime();
        List<String> jvm = QuickStartJvm.options(folder.resolve("jvm"), SavingLoopMain.class,
                List.of(folder.resolve("warm-up.agendum").toString(), "0", "0", "30"));
        long seed = System.nanoTime();

        KilledSaves.Tally tally = new KilledSaves.Tally(0, 0, 0, 0, 0, 0, 0);
        List<KilledSaves> series = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(SERIES);
        try {
            List<Future<KilledSaves.Tally>> results = new ArrayList<>();
            for (int i = 0; i < SERIES; i++) {
                KilledSaves kills = new KilledSaves(folder.resolve("series-" + i), seed + i, jvm);
                series.add(kills);
                results.add(pool.submit(() -> kills.run(KILLS_PER_SERIES)));
            }
            for (Future<KilledSaves.Tally> result : results) {
                tally = tally.plus(resultOf(result));
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        int leftovers = 0;
        for (KilledSaves kills : series) {
            leftovers += kills.temporaryFiles().size();
        }
        System.out.printf("RELIABILITY: kill during save: kills: %d, files intact: %d, backups intact: %d; killed "
                + "mid-save: %d (a temporary file left behind: %d, between keeping the backup and replacing the file: "
                + "%d); saved but killed before announcing it: %d; versions saved: %d; leftover temporary files, "
                + "ignored by every later save and load: %d; %d s%s%n", tally.kills(), tally.filesIntact(),
                tally.backupsIntact(), tally.midSave(), tally.tempFilesLeft(), tally.betweenBackupAndReplace(),
                tally.savedButNotAnnounced(), tally.saves(), leftovers, seconds,
                jvm.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile")) ? "" : " (without a class archive)");

        assertThat(tally.kills()).isEqualTo(SERIES * KILLS_PER_SERIES);
        assertThat(tally.filesIntact()).isEqualTo(tally.kills());
        assertThat(tally.backupsIntact()).isEqualTo(tally.kills());
        assertThat(Files.exists(folder.resolve("series-0").resolve("meeting.agendum"))).isTrue();
    }

    /** A series' tally; its failed assertion as it is, not wrapped. */
    private static KilledSaves.Tally resultOf(Future<KilledSaves.Tally> result) throws Exception {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
