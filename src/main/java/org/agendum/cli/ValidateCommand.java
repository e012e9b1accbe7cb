package org.agendum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendum.file.MeetingFileException;
import org.agendum.model.Meeting;
import org.agendum.typography.Printable;
import org.agendum.validation.MeetingValidator;
import org.agendum.validation.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agendum validate FILE...}: reports what must be fixed before each meeting's document can circulate. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Checks meeting files for problems to fix before the document circulates.",
            "Prints 'FILE: no problems', or one line per problem: 'FILE: error: ...' or 'FILE: warning: ...'.",
            "Control characters in the output (from a file's text) are printed as '?'.",
            "A file that cannot be read is reported on standard error; the other files are still checked."
        })
final class ValidateCommand implements Callable<Integer>, DirectCommands.Command {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Meeting files to check.")
    List<Path> files;

    private final MeetingLoader loader;

    ValidateCommand(MeetingLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    @Override
    public int run(PrintWriter out, PrintWriter err) {
        boolean unreadable = false;
        boolean errors = false;
        for (Path file : files) {
            String name = file.toString();
            Meeting meeting;
            try {
                meeting = loader.load(file);
            } catch (MeetingFileException e) {
                err.println(unreadableMessage(name, e));
                unreadable = true;
                continue;
            }
            errors |= report(name, meeting, out) == ExitCodes.ERRORS;
        }
        out.flush();
        err.flush();
        return unreadable ? ExitCodes.UNREADABLE : errors ? ExitCodes.ERRORS : ExitCodes.OK;
    }

    /**
     * Prints the problems of one meeting, named {@code name}; returns {@link ExitCodes#ERRORS} when any is an error.
     * Each line is {@linkplain Printable printable}: a message quotes the file's text, and an escape sequence in a
     * document symbol must not make the terminal show something else ("no problems" over an error).
     */
    static int report(String name, Meeting meeting, PrintWriter out) {
        List<Problem> problems = MeetingValidator.validate(meeting);
        if (problems.isEmpty()) {
            out.println(Printable.of(name + ": no problems"));
        }
        for (Problem problem : problems) {
            out.println(Printable.of(name + ": " + severity(problem) + ": " + problem.message()));
        }
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR) ? ExitCodes.ERRORS : ExitCodes.OK;
    }

    private static String severity(Problem problem) {
        return problem.severity() == Problem.Severity.ERROR ? "error" : "warning";
    }

    /**
     * The file's message, naming the file as typed, like the problem lines: the reader's messages begin with the
     * file's base name ("wg4.agendum: line 3…"), which for "meetings/2018/wg4.agendum" is replaced by the path.
     * Printable.
     */
    static String unreadableMessage(String name, MeetingFileException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith(name)) {
            return Printable.of(message);
        }
        Path fileName = Path.of(name).getFileName();
        if (fileName != null && message.startsWith(fileName.toString())) {
            return Printable.of(name + message.substring(fileName.toString().length()));
        }
        return Printable.of(name + ": " + message);
    }
}
