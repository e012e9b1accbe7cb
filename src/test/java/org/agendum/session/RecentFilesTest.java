package org.agendum.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path config;

    @Test
    void newestFirstOnceEachAndKeptForTheNextStart() {
        RecentFiles recent = new RecentFiles(config);
        Path a = config.resolve("a.agendum");
        Path b = config.resolve("b.agendum");
        recent.add(a);
        recent.add(b);
        recent.add(a);
        assertThat(recent.files()).containsExactly(a, b);
        assertThat(new RecentFiles(config).files()).containsExactly(a, b);
    }

    @Test
    void theListIsLimited() {
        RecentFiles recent = new RecentFiles(config);
        for (int i = 0; i < RecentFiles.LIMIT + 3; i++) {
            recent.add(config.resolve(i + ".agendum"));
        }
        assertThat(recent.files()).hasSize(RecentFiles.LIMIT).first().isEqualTo(config.resolve((RecentFiles.LIMIT + 2) + ".agendum"));
    }

    @Test
    void removeAndClear() {
        RecentFiles recent = new RecentFiles(config);
        recent.add(config.resolve("a.agendum"));
        recent.add(config.resolve("b.agendum"));
        recent.remove(config.resolve("b.agendum"));
        assertThat(recent.files()).containsExactly(config.resolve("a.agendum"));
        recent.clear();
        assertThat(new RecentFiles(config).files()).isEmpty();
    }

    @Test
    void aDamagedListKeepsWhatCanBeRead() throws Exception {
        Files.writeString(config.resolve(RecentFiles.FILE_NAME), "relative.agendum\n\n" + config.resolve("ok.agendum")
                + "\n\u0000bad\n", StandardCharsets.UTF_8);
        assertThat(new RecentFiles(config).files()).containsExactly(config.resolve("ok.agendum"));
    }

    @Test
    void aFolderThatCannotBeWrittenKeepsTheListInMemory() throws Exception {
        Path blocked = config.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        RecentFiles recent = new RecentFiles(blocked);
        recent.add(config.resolve("a.agendum"));
        assertThat(recent.files()).containsExactly(config.resolve("a.agendum"));
    }
}
