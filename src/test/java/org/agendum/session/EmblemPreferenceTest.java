package org.agendum.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 6: the emblem picture is a preference of the computer, and a damaged preference is no emblem. */
class EmblemPreferenceTest {
    @TempDir
    Path config;

    private Path store() {
        return config.resolve(EmblemPreference.FILE_NAME);
    }

    @Test
    void aChosenPictureIsKeptForTheNextStartAndRemovedAgain() throws IOException {
        Path picture = config.resolve("office").resolve("emblem.png");
        new EmblemPreference(config).choose(picture);
        assertThat(new EmblemPreference(config).picture()).contains(picture);
        assertThat(Files.readString(store())).isEqualTo(picture + "\n");

        new EmblemPreference(config).remove();
        assertThat(new EmblemPreference(config).picture()).isEmpty();
    }

    @Test
    void aRelativeChoiceIsKeptAbsolute() throws IOException {
        EmblemPreference preference = new EmblemPreference(config);
        preference.choose(Path.of("emblem.png"));
        assertThat(preference.picture()).contains(Path.of("emblem.png").toAbsolutePath());
    }

    @Test
    void noFileMeansNoEmblem() {
        assertThat(new EmblemPreference(config.resolve("never written")).picture()).isEmpty();
    }

    @Test
    void aPictureThatHasGoneIsStillRememberedSoThatTheExportCanSaySo() throws IOException {
        Path gone = config.resolve("gone.png");
        Files.writeString(store(), gone + "\n");
        assertThat(new EmblemPreference(config).picture()).contains(gone);
    }

    @Test
    void aMalformedPreferenceMeansNoEmblem() throws IOException {
        EmblemPreference preference = new EmblemPreference(config);
        Files.writeString(store(), "emblem.png\n");
        assertThat(preference.picture()).as("relative").isEmpty();
        Files.writeString(store(), config.resolve("a.png") + "\n" + config.resolve("b.png") + "\n");
        assertThat(preference.picture()).as("two lines").isEmpty();
        Files.write(store(), new byte[] {'/', 't', 'm', 'p', '/', (byte) 0xC3, (byte) 0x28});
        assertThat(preference.picture()).as("not UTF-8").isEmpty();
        Files.writeString(store(), "/tmp/\u0000emblem.png", StandardCharsets.UTF_8);
        assertThat(preference.picture()).as("not a path").isEmpty();
        Files.writeString(store(), "/" + "x".repeat(EmblemPreference.MAX_BYTES));
        assertThat(preference.picture()).as("too long").isEmpty();
        Files.writeString(store(), "  \n\n");
        assertThat(preference.picture()).as("blank").isEmpty();
    }

    @Test
    void aFolderWhereThePreferenceShouldBeMeansNoEmblem() throws IOException {
        Files.createDirectories(store());
        assertThat(new EmblemPreference(config).picture()).isEmpty();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeWhereThePreferenceShouldBeIsNotWaitedOn() throws Exception {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", store().toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is missing");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        assertThat(new EmblemPreference(config).picture()).isEmpty();
    }

    @Test
    void aPreferenceThatCannotBeWrittenSaysSoInWords() throws IOException {
        Path file = Files.writeString(config.resolve("not a folder"), "a file where the folder should be");
        EmblemPreference preference = new EmblemPreference(file);
        assertThatThrownBy(() -> preference.choose(config.resolve("emblem.png"))).isInstanceOf(IOException.class)
                .hasMessage("Could not save " + EmblemPreference.FILE_NAME + ": " + file + " is a file, not a folder.");
        assertThat(preference.picture()).isEmpty();
    }

    @Test
    void aFolderInThePreferencesPlaceIsNotReplacedAndTheChoiceFailsInWords() throws IOException {
        Files.createDirectories(store().resolve("something"));
        EmblemPreference preference = new EmblemPreference(config);
        assertThatThrownBy(preference::remove).isInstanceOf(IOException.class)
                .hasMessageContaining("a folder has that name");
        assertThat(store().resolve("something")).isDirectory();
    }

    @Test
    void aNameWithALineBreakIsRefusedInWords() {
        EmblemPreference preference = new EmblemPreference(config);
        assertThatThrownBy(() -> preference.choose(config.resolve("em\nblem.png")))
                .isInstanceOf(IOException.class).hasMessageContaining("line break");
        assertThat(preference.picture()).isEmpty();
    }
}
