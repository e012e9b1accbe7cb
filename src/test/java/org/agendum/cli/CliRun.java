package org.agendum.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.agendum.edit.Edit;
import org.agendum.file.MeetingFiles;
import picocli.CommandLine;

/** One run of the command line in process, as a terminal shows it: the exit code, standard output and error. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        CommandLine cli = AgendumCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** What an officer does in the window between two commands: an edit, then File ▸ Save. */
    static void editInTheWindow(Path file, Edit edit) throws Exception {
        MeetingFiles.save(edit.apply(MeetingFiles.load(file)), file);
    }
}
