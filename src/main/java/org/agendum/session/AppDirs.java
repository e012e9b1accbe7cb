package org.agendum.session;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where Agendum keeps its own files: the configuration folder (the recent-files list) and the data folder (the
 * autosaved recovery files), after each system's convention. The system properties {@value #CONFIG_PROPERTY} and
 * {@value #DATA_PROPERTY} override them, which is how tests keep away from the user's real folders.
 */
public final class AppDirs {
    public static final String CONFIG_PROPERTY = "agendum.config.dir";
    public static final String DATA_PROPERTY = "agendum.data.dir";
    private static final String NAME = "agendum";

    private AppDirs() {
    }

    public static Path config() {
        return config(System::getProperty, System::getenv);
    }

    public static Path data() {
        return data(System::getProperty, System::getenv);
    }

    /** Linux: $XDG_CONFIG_HOME/agendum or ~/.config/agendum; Windows: %APPDATA%\Agendum; macOS: Application Support. */
    static Path config(Function<String, String> properties, Function<String, String> environment) {
        String override = properties.apply(CONFIG_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path home = Path.of(properties.apply("user.home"));
        String os = String.valueOf(properties.apply("os.name")).toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return under(environment.apply("APPDATA"), home.resolve("AppData").resolve("Roaming")).resolve("Agendum");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Agendum");
        }
        return under(environment.apply("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(NAME);
    }

    /** Linux: $XDG_DATA_HOME/agendum or ~/.local/share/agendum; Windows: %LOCALAPPDATA%\Agendum; macOS: as config. */
    static Path data(Function<String, String> properties, Function<String, String> environment) {
        String override = properties.apply(DATA_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path home = Path.of(properties.apply("user.home"));
        String os = String.valueOf(properties.apply("os.name")).toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return under(environment.apply("LOCALAPPDATA"), home.resolve("AppData").resolve("Local")).resolve("Agendum");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Agendum");
        }
        return under(environment.apply("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve(NAME);
    }

    /** The folder an environment variable names, when it is set to an absolute path; else the fallback. */
    private static Path under(String variable, Path fallback) {
        if (variable == null || variable.isBlank()) {
            return fallback;
        }
        Path path = Path.of(variable);
        return path.isAbsolute() ? path : fallback;
    }
}
