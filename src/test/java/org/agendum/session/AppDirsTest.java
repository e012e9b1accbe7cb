package org.agendum.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {
    private static final Map<String, String> LINUX = Map.of("user.home", "/home/officer", "os.name", "Linux");

    @Test
    void linuxFollowsTheXdgFolders() {
        assertThat(AppDirs.config(LINUX::get, Map.<String, String>of()::get)).isEqualTo(Path.of("/home/officer/.config/agendum"));
        assertThat(AppDirs.data(LINUX::get, Map.<String, String>of()::get)).isEqualTo(Path.of("/home/officer/.local/share/agendum"));
        Map<String, String> xdg = Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "relative/is/ignored");
        assertThat(AppDirs.config(LINUX::get, xdg::get)).isEqualTo(Path.of("/cfg/agendum"));
        assertThat(AppDirs.data(LINUX::get, xdg::get)).isEqualTo(Path.of("/home/officer/.local/share/agendum"));
    }

    @Test
    void windowsUsesAppData() {
        Map<String, String> windows = Map.of("user.home", "/Users/officer", "os.name", "Windows 11");
        Map<String, String> env = Map.of("APPDATA", "/Users/officer/AppData/Roaming", "LOCALAPPDATA", "/Users/officer/AppData/Local");
        assertThat(AppDirs.config(windows::get, env::get)).isEqualTo(Path.of("/Users/officer/AppData/Roaming/Agendum"));
        assertThat(AppDirs.data(windows::get, env::get)).isEqualTo(Path.of("/Users/officer/AppData/Local/Agendum"));
    }

    @Test
    void systemPropertiesOverrideBoth() {
        Map<String, String> properties = Map.of("user.home", "/home/officer", "os.name", "Linux",
                AppDirs.CONFIG_PROPERTY, "/tmp/c", AppDirs.DATA_PROPERTY, "/tmp/d");
        assertThat(AppDirs.config(properties::get, Map.<String, String>of()::get)).isEqualTo(Path.of("/tmp/c"));
        assertThat(AppDirs.data(properties::get, Map.<String, String>of()::get)).isEqualTo(Path.of("/tmp/d"));
    }
}
