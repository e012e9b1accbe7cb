package org.agendum.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agendum.io.AtomicFileWriter;

/**
 * The emblem picture for the masthead, a preference of this computer: the UN emblem's use is restricted (General
 * Assembly resolution 92 (I)), so Agendum ships none and each office provides its own file; it belongs to the
 * machine, not to a meeting file that travels. Kept as one absolute path in UTF-8 in {@value #FILE_NAME} in the
 * configuration folder, written atomically.
 *
 * <p>Read afresh on every call, so that another Agendum's change is seen. A missing, unreadable or malformed file
 * means "no emblem", never an error; a picture that has gone since it was chosen is still returned, so that the
 * export can say so instead of silently leaving the emblem out.
 */
public final class EmblemPreference {
    static final String FILE_NAME = "emblem-picture.txt";
    /** A path is a few hundred bytes; anything much longer is not this file's content. */
    static final int MAX_BYTES = 16 * 1024;
    private static final System.Logger LOG = System.getLogger(EmblemPreference.class.getName());

    private final Path store;

    public EmblemPreference(Path configFolder) {
        this.store = Objects.requireNonNull(configFolder, "configFolder").resolve(FILE_NAME);
    }

    /** The chosen picture, or empty for none (also when the preference cannot be read or understood). */
    public Optional<Path> picture() {
        // a pipe or device at this name would hang the read: only an ordinary file
        if (!Files.isRegularFile(store)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(store)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return malformed("it is too long");
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            if (lines.size() > 1) {
                return malformed("it holds more than one line");
            }
            Path picture = Path.of(lines.get(0).strip());
            return picture.isAbsolute() ? Optional.of(picture) : malformed("the path is not absolute");
        } catch (CharacterCodingException e) {
            return malformed("it is not UTF-8 text");
        } catch (InvalidPathException e) {
            return malformed("it is not a path");
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The emblem preference could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Remembers {@code picture} (made absolute). Whether it is a usable picture is the caller's check.
     *
     * @throws IOException in plain words when the preference cannot be written; the old one stays then
     */
    public void choose(Path picture) throws IOException {
        String path = Objects.requireNonNull(picture, "picture").toAbsolutePath().normalize().toString();
        if (path.contains("\n") || path.contains("\r")) {
            throw new IOException("The picture\u2019s name holds a line break, which the preference cannot keep. "
                    + "Rename the file and choose it again.");
        }
        write(path + "\n");
    }

    /**
     * No emblem from now on.
     *
     * @throws IOException in plain words when the preference cannot be written; the old one stays then
     */
    public void remove() throws IOException {
        write("");
    }

    private void write(String text) throws IOException {
        try {
            Files.createDirectories(store.getParent());
        } catch (IOException e) {
            // the writer below says why in words ("… is a file, not a folder")
        }
        AtomicFileWriter.write(store, text.getBytes(StandardCharsets.UTF_8), AtomicFileWriter.Backup.NONE);
    }

    private Optional<Path> malformed(String why) {
        LOG.log(System.Logger.Level.WARNING, "The emblem preference " + store + " is ignored: " + why + ".");
        return Optional.empty();
    }
}
