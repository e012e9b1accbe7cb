package org.agendum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.agendum.file.ExportTargets;
import org.agendum.file.MeetingFileException;
import org.agendum.model.Meeting;
import org.agendum.programme.ProgrammeException;
import org.agendum.programme.ProgrammeExport;
import org.agendum.programme.ProgrammeFormat;
import org.agendum.programme.ProgrammeOptions;
import org.agendum.typography.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code agendum programme FILE --format ics|xlsx|csv -o OUT}: the organization of work for other programs. */
@Command(name = "programme",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Exports the meeting's proposed organization of work as a calendar (ics: an event per meeting), a "
                    + "spreadsheet (xlsx: the annex's rows and the agenda items) or a CSV file (csv: the same rows).",
            "Dates, times, numbers and \"(continued)\" are in the language of the file's version, as in the Word "
                    + "document. Prints where it wrote the file; the file is replaced only once the new one is complete.",
            "Calendar events keep their UID from one export to the next, so a calendar updates them."
        })
final class ProgrammeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The meeting file.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Where to write the programme (an existing file is replaced; never a meeting file or any "
                    + "*.agendum name, nor a device).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatName.class,
            description = "ics, xlsx or csv; without it, the one OUT's name ends in.")
    ProgrammeFormat format;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "The calendar's time zone, a name from the time-zone database (Asia/Tokyo); without it, "
                    + "the duty station's: Europe/Vienna, America/New_York or Europe/Zurich (Geneva).")
    String timeZone;

    private final MeetingLoader loader;

    ProgrammeCommand(MeetingLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    int run(PrintWriter out, PrintWriter err) {
        // everything that can be refused is refused before the meeting is read or anything written
        Optional<ProgrammeFormat> chosen = Optional.ofNullable(format).or(() -> ProgrammeFormat.ofFile(output));
        if (chosen.isEmpty()) {
            return fail(err, ExitCodes.USAGE, "say which format with --format ics, xlsx or csv (the name "
                    + output.getFileName() + " does not end in one). Nothing was written.");
        }
        var refusal = ExportTargets.meetingFileRefusal(output, file);
        if (refusal.isPresent()) {
            return fail(err, ExitCodes.USAGE, refusal.get() + " Nothing was written.");
        }
        ProgrammeOptions options = ProgrammeOptions.DEFAULT;
        if (timeZone != null) {
            if (chosen.get() != ProgrammeFormat.ICS) {
                return fail(err, ExitCodes.USAGE, "--time-zone is for the calendar (--format ics). Nothing was written.");
            }
            try {
                options = options.withTimeZone(ProgrammeExport.timeZone(timeZone));
            } catch (ProgrammeException e) {
                return fail(err, ExitCodes.USAGE, e.getMessage() + " Nothing was written.");
            }
        }
        var notOrdinary = ExportTargets.notOrdinaryFile(output);
        if (notOrdinary.isPresent()) {
            return fail(err, ExitCodes.UNWRITABLE, "the programme was not written: " + notOrdinary.get());
        }
        Meeting meeting;
        try {
            meeting = loader.load(file);
        } catch (MeetingFileException e) {
            err.println(ValidateCommand.unreadableMessage(file.toString(), e));
            err.flush();
            return ExitCodes.UNREADABLE;
        }
        try {
            ProgrammeExport.export(meeting, output, chosen.get(), options);
        } catch (ProgrammeException e) {
            return fail(err, ExitCodes.ERRORS, file + ": " + e.getMessage() + " Nothing was written.");
        } catch (IOException e) {
            return fail(err, ExitCodes.UNWRITABLE, "the programme was not written: " + e.getMessage());
        }
        ZoneId zone = ProgrammeExport.timeZoneOf(meeting, options);
        out.println(Printable.of("Exported the programme of " + file + " to " + output.toAbsolutePath().normalize()
                + (chosen.get() == ProgrammeFormat.ICS ? " (times in " + zone.getId() + ")" : "")));
        out.flush();
        return ExitCodes.OK;
    }

    private static int fail(PrintWriter err, int code, String message) {
        err.println(Printable.of("agendum: " + message));
        err.flush();
        return code;
    }

    /** ics, xlsx or csv; picocli words another as a usage error. */
    static final class FormatName implements ITypeConverter<ProgrammeFormat> {
        @Override
        public ProgrammeFormat convert(String name) {
            return ProgrammeFormat.named(name).orElseThrow(() -> new TypeConversionException(
                    "'" + name + "' is not a programme format; use ics, xlsx or csv"));
        }
    }
}
