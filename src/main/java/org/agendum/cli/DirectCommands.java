package org.agendum.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.model.Language;

/**
 * The plain forms of the two commands, recognized without picocli: {@code validate FILE...} and {@code export FILE
 * -o OUT [--emblem IMAGE] [--language CODE] [--force]} (options before or after FILE, {@code --output} for {@code -o}, each at most
 * once, no other argument starting with "-" or "@"). They are what scripts and the package's checks run, and picocli
 * costs a fresh JVM some 150 ms before the first file is read: it builds its model of every command by reflection,
 * and its Java 5 class files are left out of every class-data archive (docs/decisions/0005-command-line-start.md).
 * Everything else (help, the version, another spelling of an option, {@code @file}, {@code --}, a mistake) goes to
 * picocli, which handles and words it. Both ways run the same command objects; a test holds every form recognized
 * here to picocli's own parse of it.
 */
final class DirectCommands {
    /** A command with its arguments set, ready to run; {@link ValidateCommand} and {@link ExportCommand}. */
    interface Command {
        /** Runs the command; its exit code ({@link ExitCodes}). */
        int run(PrintWriter out, PrintWriter err);
    }

    private DirectCommands() {
    }

    /** The command {@code args} name in a plain form; empty when picocli must read them. */
    static Optional<Command> recognize(MeetingLoader loader, String... args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        try {
            return switch (args[0]) {
                case "validate" -> validate(loader, args);
                case "export" -> export(loader, args);
                default -> Optional.empty();
            };
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli words it as a usage error
        }
    }

    private static Optional<Command> validate(MeetingLoader loader, String[] args) {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (!isPlainValue(args[i])) {
                return Optional.empty();
            }
            files.add(Path.of(args[i]));
        }
        if (files.isEmpty()) {
            return Optional.empty();
        }
        ValidateCommand command = new ValidateCommand(loader);
        command.files = files;
        return Optional.of(command);
    }

    private static Optional<Command> export(MeetingLoader loader, String[] args) {
        ExportCommand command = new ExportCommand(loader);
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            boolean valueFollows = i + 1 < args.length && isPlainValue(args[i + 1]);
            if ((arg.equals("-o") || arg.equals("--output")) && command.output == null && valueFollows) {
                command.output = Path.of(args[++i]);
            } else if (arg.equals("--emblem") && command.emblem == null && valueFollows) {
                command.emblem = Path.of(args[++i]);
            } else if (arg.equals("--language") && command.language == null && i + 1 < args.length
                    && Language.ofCode(args[i + 1]).isPresent()) {
                // a code that is not a language goes to picocli, which words the mistake
                command.language = Language.ofCode(args[++i]).get();
            } else if (arg.equals("--force") && !command.force) {
                command.force = true;
            } else if (isPlainValue(arg) && command.file == null) {
                command.file = Path.of(arg);
            } else {
                return Optional.empty();
            }
        }
        return command.file != null && command.output != null ? Optional.of(command) : Optional.empty();
    }

    /** A file name picocli takes as it is: not empty, not an option, not an @file of arguments. */
    private static boolean isPlainValue(String arg) {
        return !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@");
    }
}
