package org.agendum.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a meeting may be exported to (the Word document), for the command line and the window alike: never over the
 * meeting file itself, directly or through a link, never under a meeting file's name ({@code .agendum}), and only to
 * an ordinary file or a new name (not {@code /dev/null}, a pipe or a folder). Each refusal is one sentence for the
 * officer.
 */
public final class ExportTargets {
    private ExportTargets() {
    }

    /**
     * Why the Word document must not be written to {@code output} when exporting {@code meeting} (null: a meeting
     * without a file), or empty when it may.
     */
    public static Optional<String> meetingFileRefusal(Path output, Path meeting) {
        String name = nameOf(output);
        String instead = meeting == null ? "" : " (such as " + suggestedDocx(meeting) + ")";
        if (isMeetingName(name)) {
            return Optional.of(name + " is a meeting file name; the Word document must have another name" + instead
                    + ", so that no meeting is replaced by it.");
        }
        if (meeting != null && isSameFile(output, meeting)) {
            String what = Files.isSymbolicLink(output) ? " is a link to the meeting file " : " is the meeting file ";
            return Optional.of(name + what + nameOf(meeting) + "; exporting there would replace the meeting. Choose "
                    + "another name" + instead + ".");
        }
        if (Files.isSymbolicLink(output)) {
            try {
                Path real = output.toRealPath();
                if (isMeetingName(nameOf(real))) {
                    return Optional.of(name + " is a link to the meeting file " + nameOf(real) + "; Agendum does not "
                            + "write a Word document through it. Choose another name" + instead + ".");
                }
            } catch (IOException brokenLink) {
                // a new file where it points
            }
        }
        return Optional.empty();
    }

    /** Why {@code output} cannot receive a file: it exists and is not an ordinary file (through links too). */
    public static Optional<String> notOrdinaryFile(Path output) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(output, BasicFileAttributes.class);
        } catch (IOException newName) {
            return Optional.empty();
        }
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        String what = attributes.isDirectory() ? "a folder" : "not an ordinary file (a device, a pipe or the like)";
        return Optional.of(output + " is " + what + "; Agendum writes only to ordinary files or new names.");
    }

    /** Whether {@code name} is that of a meeting file ({@code .agendum}, in any case). */
    public static boolean isMeetingName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(MeetingFiles.EXTENSION);
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static String suggestedDocx(Path meeting) {
        String name = nameOf(meeting);
        return (isMeetingName(name) ? name.substring(0, name.length() - MeetingFiles.EXTENSION.length()) : name)
                + ".docx";
    }

    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
