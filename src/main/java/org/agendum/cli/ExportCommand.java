package org.agendum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.agendum.docx.EmblemImageException;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.WordExport;
import org.agendum.file.ExportTargets;
import org.agendum.file.MeetingFileException;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.typography.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agendum export FILE -o OUT.docx}: the meeting as a Word document in the UN format. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Exports a meeting file as a Word document (.docx) laid out in the UN format: masthead, provisional "
                    + "agenda, annotations and the annex with the proposed organization of work.",
            "Prints where it wrote the document. The file is replaced only once the new one is complete.",
            "A meeting with errors (as 'agendum validate' reports them) is not exported: its errors are listed on "
                    + "standard error and the exit code is 1, unless --force is given; warnings alone do not stop it.",
            "What the document prints of its own (\"United Nations\", the masthead's labels, headings, dates, times, "
                    + "numbers) is in the language of the file's version, or in the one --language names."
        })
final class ExportCommand implements Callable<Integer>, DirectCommands.Command {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The meeting file to export.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.docx",
            description = "Where to write the Word document (an existing file is replaced; never the meeting file "
                    + "or any *.agendum name, nor a device).")
    Path output;

    @Option(names = "--emblem", paramLabel = "IMAGE",
            description = "A PNG, JPEG or GIF picture of the UN emblem for the masthead (none is shipped: its use "
                    + "is restricted; use the file your office provides).")
    Path emblem;

    @Option(names = "--language", paramLabel = "CODE", converter = LanguageCode.class,
            description = "Print what the document writes of its own in this language instead of the file's version "
                    + "language, for a quick check: en, fr, es, ru, zh or ar. The texts typed into the meeting stay "
                    + "as they are.")
    Language language;

    @Option(names = "--force",
            description = "Export even when the meeting has errors; they are still listed on standard error.")
    boolean force;

    private final MeetingLoader loader;

    ExportCommand(MeetingLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    @Override
    public int run(PrintWriter out, PrintWriter err) {
        String name = file.toString();
        // refused before anything is read or written: the output would replace the meeting, or cannot be a file
        var refusal = ExportTargets.meetingFileRefusal(output, file);
        if (refusal.isPresent()) {
            err.println("agendum: " + refusal.get() + " Nothing was written.");
            err.flush();
            return ExitCodes.USAGE;
        }
        var notOrdinary = ExportTargets.notOrdinaryFile(output);
        if (notOrdinary.isPresent()) {
            err.println("agendum: the Word document was not written: " + notOrdinary.get());
            err.flush();
            return ExitCodes.UNWRITABLE;
        }
        // In a fresh JVM reading the file takes about 0.3 s (Jackson) and the export's first run about 0.2 s (its
        // classes, interpreted; 1.2 s when it loaded POI): side by side on two threads, the export starts warm.
        Thread warmUp = new Thread(WordExport::warmUp, "word-export-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Meeting meeting;
        try {
            meeting = loader.load(file);
            warmUp.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.UNWRITABLE;
        } catch (MeetingFileException e) {
            err.println(ValidateCommand.unreadableMessage(name, e));
            err.flush();
            return ExitCodes.UNREADABLE;
        }
        if (language != null) {
            meeting = meeting.withDetails(meeting.details().toBuilder().versionLanguage(language).build());
        }
        if (!MeetingErrors.allowDocument(name, meeting, force, err)) {
            return ExitCodes.ERRORS;
        }
        try {
            WordExport.export(meeting, output, new ExportOptions(emblem));
        } catch (EmblemImageException e) {
            err.println(Printable.of("agendum: " + e.getMessage()));
            err.flush();
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println(Printable.of("agendum: the Word document was not written: " + e.getMessage()));
            err.flush();
            return ExitCodes.UNWRITABLE;
        }
        out.println(Printable.of("Exported " + name + " to " + output.toAbsolutePath().normalize()));
        out.flush();
        return ExitCodes.OK;
    }

    /** The two-letter code of --language; picocli words a wrong one as a usage error. */
    static final class LanguageCode implements ITypeConverter<Language> {
        @Override
        public Language convert(String code) {
            return Language.ofCode(code).orElseThrow(() -> new TypeConversionException(
                    "'" + code + "' is not a language; use en, fr, es, ru, zh or ar"));
        }
    }
}
