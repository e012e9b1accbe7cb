package org.agendum.programme;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The forms the programme leaves Agendum in, each with the extension its files end in. */
public enum ProgrammeFormat {
    ICS("ics", "Calendar (iCalendar)"),
    XLSX("xlsx", "Spreadsheet (Excel workbook)"),
    CSV("csv", "CSV (comma-separated values)");

    private final String extension;
    private final String description;

    ProgrammeFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** "ics", "xlsx", "csv": also the name the command line's --format takes. */
    public String extension() {
        return extension;
    }

    /** "Calendar (iCalendar)", as the window lists it. */
    public String description() {
        return description;
    }

    public static Optional<ProgrammeFormat> named(String name) {
        for (ProgrammeFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a file's name ends in ("programme.ics"), if any. */
    public static Optional<ProgrammeFormat> ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : named(name.substring(dot + 1));
    }

    /** The file with this format's extension added, unless it already ends in it. */
    public Path withExtension(Path file) {
        return ofFile(file).filter(this::equals).isPresent() ? file
                : file.resolveSibling(file.getFileName() + "." + extension);
    }
}
