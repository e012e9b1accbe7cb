package org.agendum.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The command line: {@code agendum validate FILE...} and {@code agendum export FILE -o OUT.docx}. Reads meeting
 * files and the model and writes Word documents, never the user interface. A new command is one class, listed
 * in {@link #commands}.
 */
public final class AgendumCli {
    private AgendumCli() {
    }

    /** Runs the command line and returns its exit code (see {@link ExitCodes}). */
    public static int execute(String... args) {
        return execute(commandLine(), args);
    }

    /**
     * Runs {@code cli}. Picocli hands only exceptions to the handler; running out of memory (a meeting too large for
     * the heap) would print a stack trace and exit 1, which means "errors found": it gets its own sentence and code.
     */
    static int execute(CommandLine cli, String... args) {
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            cli.getErr().println("agendum: not enough memory for this meeting; nothing was written. Give Java more"
                    + " memory (for example JAVA_TOOL_OPTIONS=-Xmx4g) or split the meeting.");
            cli.getErr().flush();
            return ExitCodes.OUT_OF_MEMORY;
        }
    }

    /** The commands' names, known without building the command line (picocli's model would slow the window's start). */
    private static final Set<String> COMMAND_NAMES = Set.of("validate", "export", "help");

    /** Whether {@code word} names a command ("validate", "help"), so the launcher does not take it for a file. */
    public static boolean isCommandName(String word) {
        return COMMAND_NAMES.contains(word);
    }

    public static CommandLine commandLine() {
        return commandLine(MeetingLoader.FILES);
    }

    /** The commands, in the order the usage help lists them. */
    private static List<Object> commands(MeetingLoader loader) {
        return List.of(new ValidateCommand(loader), new ExportCommand(loader));
    }

    static CommandLine commandLine(MeetingLoader loader) {
        CommandLine cli = new CommandLine(new AgendumCommand());
        commands(loader).forEach(cli::addSubcommand);
        documentExitCodes(cli);
        cli.getSubcommands().values().forEach(AgendumCli::documentExitCodes);
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setExecutionExceptionHandler((exception, command, parseResult) -> {
            command.getErr().println("agendum: internal error, please report it: " + exception);
            exception.printStackTrace(command.getErr());
            return ExitCodes.INTERNAL;
        });
        return cli;
    }

    private static void documentExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.usageHelp());
    }
}
