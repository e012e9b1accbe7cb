package org.agendum.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
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

    /** The XML of a Word document's parts whose names start with {@code prefix} ("word/header", "word/document.xml"). */
    static String wordParts(Path docx, String prefix) throws Exception {
        StringBuilder xml = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith(prefix)) {
                    xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        if (xml.isEmpty()) {
            throw new AssertionError(prefix + " is not in " + docx);
        }
        return xml.toString();
    }
}
