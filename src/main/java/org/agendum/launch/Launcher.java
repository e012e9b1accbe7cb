package org.agendum.launch;

import org.agendum.cli.AgendumCli;
import org.agendum.ui.AgendumApp;

/**
 * The program's entry point. No argument opens the window with the sample; one argument that is neither an
 * option nor a command opens that file (as a desktop file association does); anything else is the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            AgendumApp.run(args);
        } else {
            System.exit(AgendumCli.execute(args));
        }
    }

    static boolean opensWindow(String... args) {
        return args.length == 0
                || args.length == 1 && !args[0].startsWith("-") && !AgendumCli.isCommandName(args[0]);
    }
}
