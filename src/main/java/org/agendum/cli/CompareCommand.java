package org.agendum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.agendum.docx.EmblemImageException;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.ExportProgress;
import org.agendum.model.Meeting;
import org.agendum.trackedchanges.Revision;
import org.agendum.trackedchanges.RevisionDocument;
import org.agendum.trackedchanges.TrackedChanges;
import org.agendum.typography.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agendum compare OLD NEW -o CHANGES.docx}: the new version's document with Word's tracked changes. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Writes the Word document of the NEW meeting file with Word's tracked changes against the OLD one: "
                    + "removed words struck through, added words underlined, removed and added paragraphs and "
                    + "table rows. Accept All in Word gives NEW's export, Reject All OLD's.",
            "Prints where it wrote the document. The file is replaced only once the new one is complete.",
            "A meeting with errors is not compared: its errors are listed on standard error and the exit code is 1, "
                    + "unless --force is given."
        })
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The meeting file as it was (say, as issued).")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The meeting file as it is now.")
    Path newFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "CHANGES.docx",
            description = "Where to write the Word document (an existing file is replaced; never a meeting file "
                    + "or any *.agendum name, nor a device).")
    Path output;

    @Option(names = "--author", paramLabel = "NAME", defaultValue = Revision.AUTHOR,
            description = "The author Word shows on each change (default: ${DEFAULT-VALUE}).")
    String author;

    @Option(names = "--emblem", paramLabel = "IMAGE",
            description = "A PNG, JPEG or GIF picture of the UN emblem for the masthead.")
    Path emblem;

    @Option(names = "--revision-symbol", paramLabel = "SYMBOL",
            description = "The revision's symbol for the masthead (say, CTOC/COP/WG.4/2018/1/Rev.1), in place of "
                    + "the symbol NEW has; OLD is put under it too, so the masthead is not marked as changed.")
    String revisionSymbol;

    @Option(names = "--force",
            description = "Write the document even when a meeting has errors; they are still listed on standard "
                    + "error.")
    boolean force;

    private final MeetingLoader loader;

    CompareCommand(MeetingLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    int run(PrintWriter out, PrintWriter err) {
        ComparedFiles files;
        try {
            files = ComparedFiles.read(loader, oldFile, newFile, output, force, err);
        } catch (ComparedFiles.Refused e) {
            return e.exitCode;
        }
        Meeting old = files.old();
        Meeting now = files.now();
        try {
            Revision revision = new Revision(author, Instant.now());
            if (revisionSymbol == null) {
                TrackedChanges.export(old, now, output, new ExportOptions(emblem), revision);
            } else {
                // the symbol only: the date of issue stays NEW's
                new RevisionDocument(revisionSymbol.strip(), now.details().masthead().issueDate(), Optional.of(old),
                        revision).write(now, output, new ExportOptions(emblem), ExportProgress.NONE);
            }
        } catch (EmblemImageException e) {
            err.println(Printable.of("agendum: " + e.getMessage()));
            err.flush();
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println(Printable.of("agendum: the Word document was not written: " + e.getMessage()));
            err.flush();
            return ExitCodes.UNWRITABLE;
        }
        out.println(Printable.of("Wrote the changes from " + oldFile + " to " + newFile + " in "
                + output.toAbsolutePath().normalize()));
        out.flush();
        return ExitCodes.OK;
    }
}
