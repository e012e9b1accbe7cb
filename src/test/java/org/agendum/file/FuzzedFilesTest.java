package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agendum.model.Meeting;
import org.agendum.validation.MeetingValidator;
import org.junit.jupiter.api.Test;

/**
 * More than 10,000 bad inputs made from the sample file (see {@link FuzzedFiles}): each is refused with a
 * {@link MeetingFileException} whose message names the problem in one sentence for the officer, or, where the damage
 * happens to leave a valid file, read as a meeting that is valid and saves and reads back the same. Nothing else
 * escapes: no other exception, no StackOverflowError, no OutOfMemoryError. {@link BadFilesTest} checks the exact
 * wording of each kind of message; this test checks that no input, however damaged, gets past the wording.
 */
class FuzzedFilesTest {
    private static final String NAME = "fuzzed.agendum";
    /** Java's own words: a class name such as java.io.Something or com.fasterxml…, or a stack frame. */
    private static final Pattern JAVA_WORDS = Pattern.compile(
            "\\b(java|javax|com|org|net|sun|jdk)\\.[a-z]+\\.|\\bat [a-z]+\\.[\\w.$]+\\(|Exception|Error\\b|jackson|"
                    + "\\$|\\[Source|REDACTED|`");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final int MINIMUM_INPUTS = 10_000;

    /** What became of the inputs of one kind. */
    private static final class Outcome {
        int inputs;
        int refused;
        int accepted;
        final List<String> failures = new ArrayList<>();
    }

    @Test
    void everyBadInputIsRefusedInOneSentenceOrReadAsAValidMeeting() {
        long seed = 20_180_702L;
        FuzzedFiles fuzz = new FuzzedFiles(seed);
        int inputs = 0;
        int refused = 0;
        int accepted = 0;
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (FuzzedFiles.Kind kind : fuzz.kinds()) {
            Outcome outcome = new Outcome();
            long kindStarted = System.nanoTime();
            kind.inputs().accept(content -> check(kind, content, outcome));
            System.out.printf("RELIABILITY: fuzzed files: %s: %d inputs, refused with a clear message: %d, accepted "
                    + "(still valid): %d, failures: %d (%.1f s)%n", kind.name(), outcome.inputs, outcome.refused,
                    outcome.accepted, outcome.failures.size(), (System.nanoTime() - kindStarted) / 1e9);
            inputs += outcome.inputs;
            refused += outcome.refused;
            accepted += outcome.accepted;
            failures.addAll(outcome.failures);
        }
        System.out.printf("RELIABILITY: fuzzed files: %d inputs, refused with a clear message: %d, accepted (still "
                + "valid): %d, other exceptions or errors: %d (%d s)%n", inputs, refused, accepted, failures.size(),
                (System.nanoTime() - started) / 1_000_000_000);

        assertThat(failures).as("inputs that were neither refused clearly nor read as a valid meeting (seed %d)", seed)
                .isEmpty();
        assertThat(refused).isGreaterThanOrEqualTo(MINIMUM_INPUTS);
    }

    /** Each input is refused for its damage, not for the way the fuzzer lays the JSON out. */
    @Test
    void theSampleAsTheFuzzerWritesItIsTheSampleMeeting() throws MeetingFileException {
        assertThat(MeetingFiles.read(new FuzzedFiles(1).undamaged(), NAME)).isEqualTo(SampleMeeting.load());
    }

    private static void check(FuzzedFiles.Kind kind, byte[] content, Outcome outcome) {
        outcome.inputs++;
        String input = kind.name() + " #" + outcome.inputs + " (" + content.length + " bytes)";
        Meeting meeting;
        try {
            meeting = MeetingFiles.read(content, NAME);
        } catch (MeetingFileException e) {
            String problem = unclear(e.getMessage());
            if (problem == null) {
                outcome.refused++;
            } else {
                outcome.failures.add(input + ": " + problem + ": " + e.getMessage());
            }
            return;
        } catch (Throwable e) { // StackOverflowError and OutOfMemoryError included: the officer would see a crash
            outcome.failures.add(input + ": " + e);
            return;
        }
        String invalid = kind.mayStayValid() ? invalid(meeting) : "accepted, though this damage is never valid";
        if (invalid == null) {
            outcome.accepted++;
        } else {
            outcome.failures.add(input + ": " + invalid);
        }
    }

    /** Why a message is not one clear sentence for the officer; null when it is. */
    private static String unclear(String message) {
        if (message == null || message.isBlank()) {
            return "no message";
        }
        if (!message.startsWith(NAME) || !message.endsWith(".") || message.contains("\n")) {
            return "not one sentence naming the file";
        }
        if (message.contains("could not be understood")) {
            return "the reader's last resort, not a message naming the problem";
        }
        // what the file itself holds is quoted back as it is; only Agendum's own words must be free of Java
        String words = QUOTED.matcher(message.substring(NAME.length())).replaceAll("\"…\"");
        if (JAVA_WORDS.matcher(words).find()) {
            return "Java's words in the message";
        }
        return null;
    }

    /** Why a meeting that was read is not valid; null when it validates and saves and reads back the same. */
    private static String invalid(Meeting meeting) {
        try {
            MeetingValidator.validate(meeting);
            Meeting again = MeetingFiles.read(MeetingFiles.write(meeting), NAME);
            return again.equals(meeting) ? null : "read, but it does not read back the same after saving";
        } catch (Exception | StackOverflowError e) {
            return "read, but it is not a valid meeting: " + e;
        }
    }
}
