package org.agendum.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * The command line: {@code agendum validate FILE...}, {@code agendum export FILE -o OUT.docx} and
 * {@code agendum import DOCUMENT -o MEETING.agendum} and {@code agendum programme FILE --format ics|xlsx|csv -o OUT}. Reads and writes meeting files, writes Word documents and
 * reads agendas from Word, PDF and text, never through the user interface. A new command is one class, listed
 * in {@link #commands}.
 */
public final class AgendumCli {
    private AgendumCli() {
    }

    /**
     * Runs the command line and returns its exit code (see {@link ExitCodes}): the plain forms of the commands
     * directly ({@link DirectCommands}), anything else through picocli.
     */
    public static int execute(String... args) {
        Optional<DirectCommands.Command> direct = DirectCommands.recognize(MeetingLoader.FILES, args);
        if (direct.isEmpty()) {
            return execute(commandLine(), args);
        }
        return run(direct.get(), console(System.out, "sun.stdout.encoding"),
                console(System.err, "sun.stderr.encoding"));
    }

    /** Runs a command recognized directly as picocli runs it: the same handling of failures, the same exit codes. */
    static int run(DirectCommands.Command command, PrintWriter out, PrintWriter err) {
        try {
            return command.run(out, err);
        } catch (OutOfMemoryError e) {
            return outOfMemory(err);
        } catch (RuntimeException e) {
            return internalError(e, err);
        }
    }

    /**
     * Runs {@code cli}. Picocli hands only exceptions to the handler; running out of memory (a meeting too large for
     * the heap) would print a stack trace and exit 1, which means "errors found": it gets its own sentence and code.
     */
    static int execute(CommandLine cli, String... args) {
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(cli.getErr());
        }
    }

    private static int outOfMemory(PrintWriter err) {
        err.println("agendum: not enough memory for this meeting; nothing was written. Give Java more"
                + " memory (for example JAVA_TOOL_OPTIONS=-Xmx4g) or split the meeting.");
        err.flush();
        return ExitCodes.OUT_OF_MEMORY;
    }

    private static int internalError(Exception exception, PrintWriter err) {
        err.println("agendum: internal error, please report it: " + exception);
        exception.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }

    /**
     * Standard output or error as picocli writes to it by default (the encoding a Windows console announces, else
     * the default; flushed at each line), so that both ways print the same bytes.
     */
    private static PrintWriter console(OutputStream stream, String encodingProperty) {
        String encoding = System.getProperty(encodingProperty);
        Charset charset = encoding == null ? Charset.defaultCharset()
                : Charset.forName("cp65001".equalsIgnoreCase(encoding) ? "UTF-8" : encoding);
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }

    /** The commands' names, known without building the command line (picocli's model would slow the window's start). */
    private static final Set<String> COMMAND_NAMES = Set.of("validate", "export", "compare", "corrigendum", "import",
            "programme", "history", "issue", "changes", "help");

    /** Whether {@code word} names a command ("validate", "help"), so the launcher does not take it for a file. */
    public static boolean isCommandName(String word) {
        return COMMAND_NAMES.contains(word);
    }

    public static CommandLine commandLine() {
        return commandLine(MeetingLoader.FILES);
    }

    /** The commands, in the order the usage help lists them. */
    private static List<Object> commands(MeetingLoader loader) {
        return List.of(new ValidateCommand(loader), new ExportCommand(loader), new CompareCommand(loader),
                new CorrigendumCommand(loader), new ProgrammeCommand(loader), new ImportCommand(),
                new HistoryCommand(loader), new IssueCommand(loader), new ChangesCommand(loader));
    }

    static CommandLine commandLine(MeetingLoader loader) {
        CommandLine cli = new CommandLine(new AgendumCommand());
        commands(loader).forEach(cli::addSubcommand);
        documentExitCodes(cli);
        cli.getSubcommands().values().forEach(AgendumCli::documentExitCodes);
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setExecutionExceptionHandler((exception, command, parseResult) ->
                internalError(exception, command.getErr()));
        return cli;
    }

    private static void documentExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.usageHelp());
    }
}
