package org.agendum.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agendum.io.AtomicFileWriter;

/**
 * The meeting files opened or saved most recently, newest first, for File ▸ Open Recent. Kept as UTF-8 text, one
 * absolute path a line, in {@value #FILE_NAME} in the configuration folder, and rewritten atomically after every
 * change. A list that cannot be read or written is not worth a dialog: it starts empty, or stays in memory.
 * Listeners hear of every change (the window's Open Recent menu follows it).
 */
public final class RecentFiles {
    static final String FILE_NAME = "recent-files.txt";
    static final int LIMIT = 10;
    private static final System.Logger LOG = System.getLogger(RecentFiles.class.getName());

    private final Path store;
    private final List<Runnable> listeners = new ArrayList<>();
    private List<Path> files;

    public RecentFiles(Path configFolder) {
        this.store = Objects.requireNonNull(configFolder, "configFolder").resolve(FILE_NAME);
        files = List.copyOf(read(store));
    }

    /** Newest first; a copy that does not change. */
    public List<Path> files() {
        return files;
    }

    /** {@code listener} runs after every change of {@link #files()}. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Puts {@code file} at the top of the list (once). */
    public void add(Path file) {
        Path normalized = normalize(file);
        if (normalized.toString().contains("\n") || normalized.toString().contains("\r")) {
            return; // cannot be kept one a line; such names do not come from a file dialog anyway
        }
        List<Path> next = new ArrayList<>(files);
        next.remove(normalized);
        next.add(0, normalized);
        while (next.size() > LIMIT) {
            next.remove(next.size() - 1);
        }
        update(next);
    }

    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        if (next.remove(normalize(file))) {
            update(next);
        }
    }

    public void clear() {
        update(List.of());
    }

    private void update(List<Path> next) {
        if (next.equals(files)) {
            return;
        }
        files = List.copyOf(next);
        List.copyOf(listeners).forEach(Runnable::run);
        StringBuilder text = new StringBuilder();
        next.forEach(path -> text.append(path).append('\n'));
        try {
            Files.createDirectories(store.getParent());
            AtomicFileWriter.write(store, text.toString().getBytes(StandardCharsets.UTF_8), AtomicFileWriter.Backup.NONE);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The recent-files list could not be saved: " + e.getMessage());
        }
    }

    private static List<Path> read(Path store) {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                try {
                    Path path = Path.of(line.strip());
                    if (!line.isBlank() && path.isAbsolute() && !out.contains(path) && out.size() < LIMIT) {
                        out.add(path);
                    }
                } catch (InvalidPathException e) {
                    // a line another system wrote, or damage: skip it
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The recent-files list could not be read: " + e.getMessage());
        }
        return out;
    }

    private static Path normalize(Path file) {
        return Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }
}
