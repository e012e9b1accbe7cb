package org.agendum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.agendum.file.MeetingFiles;
import org.agendum.importing.Importer;
import org.agendum.importing.recognize.ImportReport;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.importing.recognize.ReportEntry;
import org.agendum.importing.source.ImportException;
import org.agendum.typography.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agendum import FILE -o MEETING.agendum}: last session's Word, PDF or text agenda as a meeting file. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Reads an annotated provisional agenda from a Word document (.docx), a PDF or a text file and writes it "
                    + "as a meeting file: masthead, agenda, annotations with their footnotes and Documentation "
                    + "lists, and the organization of work.",
            "Prints the import's report: what was recognized, what was guessed (check it), and every paragraph "
                    + "that was not placed, with where it stood in the document, so that nothing is lost unseen.",
            "The kind of document is told from its content, not from its name. A document that is not an agenda is "
                    + "refused with a message, and nothing is written."
        })
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document to import (.docx, .pdf or text).")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MEETING.agendum",
            description = "Where to write the meeting file (\".agendum\" is added when the name lacks it). An "
                    + "existing file is not replaced unless --force is given.")
    Path output;

    @Option(names = "--force", description = "Replace the output file if it exists (its old content is kept as a "
            + ".bak file beside it).")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print only the report's summary and what was not placed.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        Path target = MeetingFiles.withExtension(output);
        if (target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            err.println(Printable.of("agendum: the meeting would replace the document it is imported from ("
                    + file + "); nothing was written. Give another name with -o."));
            return ExitCodes.USAGE;
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
            err.println(Printable.of("agendum: " + target + " exists; nothing was written. Give another name with "
                    + "-o, or replace it with --force."));
            return ExitCodes.USAGE;
        }
        ImportResult result;
        try {
            result = Importer.importFile(file);
        } catch (ImportException e) {
            err.println(Printable.of("agendum: " + e.getMessage()));
            return ExitCodes.UNREADABLE;
        }
        ImportReport report = result.report();
        if (quiet) {
            out.println(Printable.of(report.summary()));
            report.entries(ReportEntry.Kind.NOT_PLACED).forEach(entry -> out.println(Printable.of(entry.toString())));
        } else {
            report.lines().forEach(line -> out.println(Printable.of(line)));
        }
        try {
            MeetingFiles.save(result.meeting(), target);
        } catch (IOException e) {
            err.println(Printable.of("agendum: the meeting file was not written: " + e.getMessage()));
            return ExitCodes.UNWRITABLE;
        }
        out.println(Printable.of("Imported " + file + " to " + target.toAbsolutePath().normalize()));
        return ExitCodes.OK;
    }
}
