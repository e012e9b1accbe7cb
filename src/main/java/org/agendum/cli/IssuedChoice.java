package org.agendum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.agendum.model.IssuedVersion;
import org.agendum.model.Meeting;
import org.agendum.typography.Printable;
import org.agendum.typography.UnDates;

/**
 * Which issued version of a meeting a command compares with ({@code --against N|SYMBOL}): its number as
 * {@code agendum history} lists them (1 the oldest), or its symbol (the last version issued under it); without
 * {@code --against}, the last issued, as the window's Changes view and Export Revision… choose by default.
 */
final class IssuedChoice {
    private IssuedChoice() {
    }

    /**
     * The position in {@code meeting.issued()} (0 the oldest) that {@code against} names, or the last when it is null.
     *
     * A file with no issued version is refused with {@link ExitCodes#ERRORS}, a number or a symbol it does not have
     * with {@link ExitCodes#USAGE}, each in a sentence on {@code err}.
     *
     * @param file the meeting file, for the messages
     */
    static int indexOf(Meeting meeting, String against, Path file, PrintWriter err) throws Refused {
        List<IssuedVersion> issued = meeting.issued();
        if (issued.isEmpty()) {
            throw Refused.saying(err, file + " has no issued version yet: there is nothing to compare with. Record the "
                    + "circulated version first (agendum issue " + file + ", or File > Issue... in the window).",
                    ExitCodes.ERRORS);
        }
        if (against == null) {
            return issued.size() - 1;
        }
        String wanted = against.strip();
        if (!wanted.isEmpty() && wanted.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int number = wanted.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(wanted);
            if (number >= 1 && number <= issued.size()) {
                return number - 1;
            }
            throw Refused.saying(err, file + " has no issued version " + wanted + ": " + listed(issued),
                    ExitCodes.USAGE);
        }
        for (int i = issued.size() - 1; i >= 0; i--) {
            if (issued.get(i).symbol().equals(wanted)) {
                return i;
            }
        }
        throw Refused.saying(err, file + " has no version issued as " + Printable.quoted(wanted) + ": "
                + listed(issued), ExitCodes.USAGE);
    }

    /** {@link #indexOf}'s version. */
    static IssuedVersion of(Meeting meeting, String against, Path file, PrintWriter err) throws Refused {
        return meeting.issued().get(indexOf(meeting, against, file, err));
    }

    /** "the issued versions are 1 CTOC/COP/WG.4/2018/1 (9 April 2018) and 2 …/Rev.1 (2 May 2018); give …". */
    private static String listed(List<IssuedVersion> issued) {
        StringBuilder out = new StringBuilder(issued.size() == 1 ? "the one issued version is "
                : "the issued versions are ");
        for (int i = 0; i < issued.size(); i++) {
            IssuedVersion version = issued.get(i);
            out.append(i == 0 ? "" : i == issued.size() - 1 ? " and " : ", ").append(i + 1).append(' ')
                    .append(Printable.of(version.symbol())).append(" (").append(UnDates.date(version.date()))
                    .append(')');
        }
        return out.append("; give one of these numbers or symbols (agendum history lists them).").toString();
    }

    /** "CTOC/COP/WG.4/2018/1, issued 9 April 2018": a version as the window's Changes view names it. */
    static String named(IssuedVersion version) {
        return Printable.of(version.symbol()) + ", issued " + UnDates.date(version.date());
    }
}
