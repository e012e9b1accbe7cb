package org.agendum.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void noArgumentOrOneFileOpensTheWindow() {
        assertThat(Launcher.opensWindow()).isTrue();
        assertThat(Launcher.opensWindow("meeting.agendum")).isTrue();
        assertThat(Launcher.opensWindow("/home/officer/My meetings/WG.4.agendum")).isTrue();
    }

    @Test
    void optionsCommandsAndSeveralArgumentsGoToTheCommandLine() {
        assertThat(Launcher.opensWindow("--help")).isFalse();
        assertThat(Launcher.opensWindow("-V")).isFalse();
        assertThat(Launcher.opensWindow("validate")).isFalse();
        assertThat(Launcher.opensWindow("help")).isFalse();
        assertThat(Launcher.opensWindow("a.agendum", "b.agendum")).isFalse();
        assertThat(Launcher.opensWindow("validate", "a.agendum")).isFalse();
    }
}
