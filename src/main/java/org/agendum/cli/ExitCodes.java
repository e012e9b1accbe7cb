package org.agendum.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the {@code agendum} command returns to the shell; listed in every command's usage help. */
public final class ExitCodes {
    /** No errors (warnings allowed). */
    public static final int OK = 0;
    /** A meeting has errors to fix. */
    public static final int ERRORS = 1;
    /** The command line was wrong (picocli's usage error). */
    public static final int USAGE = 2;
    /** A file could not be read (a meeting file, or export's emblem picture); wins over {@link #ERRORS}. */
    public static final int UNREADABLE = 3;
    /** Agendum itself failed: a bug to report. */
    public static final int INTERNAL = 4;
    /** An output file (the exported Word document) could not be written, or a meeting file to change is open in Agendum. */
    public static final int UNWRITABLE = 5;
    /** Java ran out of memory (a meeting too large for the memory given to Java). */
    public static final int OUT_OF_MEMORY = 6;

    /** The "Exit codes" section of the usage help: code, then meaning. */
    static Map<String, String> usageHelp() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put(String.valueOf(OK), "No errors (warnings allowed).");
        lines.put(String.valueOf(ERRORS), "Errors found.");
        lines.put(String.valueOf(USAGE), "Usage error: unknown option or command, missing argument.");
        lines.put(String.valueOf(UNREADABLE), "A file could not be read (this wins over 1).");
        lines.put(String.valueOf(INTERNAL), "Internal error in Agendum (please report it).");
        lines.put(String.valueOf(UNWRITABLE), "The output file could not be written (export), or the meeting file is "
                + "open in Agendum.");
        lines.put(String.valueOf(OUT_OF_MEMORY), "Not enough memory for the meeting (nothing written).");
        return lines;
    }

    private ExitCodes() {
    }
}
