package org.agendum.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: options common to all commands, and the usage help. The work is done by its subcommands. */
@Command(name = "agendum",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        customSynopsis = {"agendum [FILE]", "       agendum [-hV] COMMAND [ARG...]"},
        description = {
            "Edits annotated provisional agendas of United Nations meetings.",
            "Without arguments, or with one meeting FILE, opens the editor; with a COMMAND, runs it and exits."
        },
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = "Run 'agendum help COMMAND' for the options of a command.")
final class AgendumCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command, such as: validate, export, programme");
    }
}
