package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.agendum.file.MeetingFileException;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The plain forms the command line runs without picocli ({@link DirectCommands}) mean what picocli makes of them,
 * and run the same: every argument list it recognizes, picocli parses into the same command with the same values
 * and no request for help; and each outcome (exit code, standard output, standard error) is the same either way.
 */
class DirectCommandsTest {
    private static final MeetingLoader SAMPLE = file -> SampleMeeting.load();

    @Property(tries = 3000)
    void whatIsRecognizedIsWhatPicocliParses(@ForAll("argumentLists") List<String> arguments) {
        String[] args = arguments.toArray(String[]::new);

        Optional<DirectCommands.Command> direct = DirectCommands.recognize(SAMPLE, args);
        Statistics.label("recognized").collect(direct.isPresent());
        Statistics.label("recognized").coverage(coverage -> coverage.check(true).count(c -> c > 300));
        if (direct.isEmpty()) {
            return;
        }

        CommandLine.ParseResult parsed = AgendumCli.commandLine(SAMPLE).parseArgs(args); // throws if picocli refuses
        assertThat(parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()).isFalse();
        assertThat(parsed.hasSubcommand()).isTrue();
        CommandLine.ParseResult sub = parsed.subcommand();
        assertThat(sub.isUsageHelpRequested() || sub.isVersionHelpRequested() || sub.hasSubcommand()).isFalse();
        Object picocli = sub.commandSpec().userObject();
        assertThat(picocli).hasSameClassAs(direct.get());
        if (picocli instanceof ValidateCommand validate) {
            assertThat(((ValidateCommand) direct.get()).files).isEqualTo(validate.files);
        } else {
            ExportCommand export = (ExportCommand) picocli;
            ExportCommand recognized = (ExportCommand) direct.get();
            assertThat(List.of(String.valueOf(recognized.file), String.valueOf(recognized.output),
                    String.valueOf(recognized.emblem), String.valueOf(recognized.force),
                    String.valueOf(recognized.language))).isEqualTo(List.of(
                    String.valueOf(export.file), String.valueOf(export.output), String.valueOf(export.emblem),
                    String.valueOf(export.force), String.valueOf(export.language)));
        }
    }

    @Provide
    Arbitrary<List<String>> argumentLists() {
        Arbitrary<String> words = Arbitraries.of("validate", "export", "help", "-o", "--output", "--emblem", "--force",
                "-h", "--help", "-V", "--version", "a.agendum", "b.agendum", "out.docx", "e.png", "@args.txt", "-x",
                "--", "", "-", "-oX.docx", "--output=X.docx", "--force=true", "with space.agendum", "ünïcödé.agendum",
                "VALIDATE", "a\u0000b", "--language", "fr", "zh", "xx", "FR", "--language=ar");
        Arbitrary<String> names = Arbitraries.of("a.agendum", "b c.agendum", "ünï.agendum", "out.docx", "dir/x.png",
                "validate", "export", "help", "x=y");
        Arbitrary<List<String>> validate = names.list().ofMinSize(1).ofMaxSize(3).map(files -> {
            List<String> all = new ArrayList<>(files);
            all.add(0, "validate");
            return all;
        });
        Arbitrary<List<String>> export = Combinators.combine(names, Arbitraries.of("-o", "--output"), names,
                Arbitraries.of(List.<String>of(), List.of("--emblem", "un.png")), Arbitraries.of(true, false),
                Arbitraries.of(List.<String>of(), List.of("--language", "ar"), List.of("--language", "es")),
                Arbitraries.randoms()).as((file, option, output, emblem, force, language, random) -> {
                    List<List<String>> groups = new ArrayList<>(List.of(List.of(file), List.of(option, output)));
                    if (!emblem.isEmpty()) {
                        groups.add(emblem);
                    }
                    if (!language.isEmpty()) {
                        groups.add(language);
                    }
                    if (force) {
                        groups.add(List.of("--force"));
                    }
                    Collections.shuffle(groups, random);
                    List<String> all = new ArrayList<>(List.of("export"));
                    groups.forEach(all::addAll);
                    return all;
                });
        // the plain forms, and the plain forms with one word put in, replaced or taken out
        Arbitrary<List<String>> plain = Arbitraries.oneOf(validate, export);
        Arbitrary<List<String>> damaged = Combinators.combine(plain, words, Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 2)).as((list, word, at, how) -> {
                    List<String> all = new ArrayList<>(list);
                    int i = at % (all.size() + (how == 0 ? 1 : 0));
                    switch (how) {
                        case 0 -> all.add(i, word);
                        case 1 -> all.set(i, word);
                        default -> all.remove(i);
                    }
                    return all;
                });
        return Arbitraries.oneOf(words.list().ofMaxSize(7), plain, damaged);
    }

    @Test
    void theUsualFormsAreRecognized() {
        assertThat(DirectCommands.recognize(SAMPLE, "validate", "a.agendum", "b.agendum")).isPresent();
        assertThat(DirectCommands.recognize(SAMPLE, "export", "a.agendum", "-o", "a.docx")).isPresent();
        assertThat(DirectCommands.recognize(SAMPLE, "export", "--output", "a.docx", "--force", "a.agendum",
                "--emblem", "un.png")).isPresent();
        assertThat(DirectCommands.recognize(SAMPLE, "export", "a.agendum")).as("no output: picocli says so").isEmpty();
        assertThat(DirectCommands.recognize(SAMPLE, "validate")).isEmpty();
        assertThat(DirectCommands.recognize(SAMPLE, "validate", "--help")).isEmpty();
        assertThat(DirectCommands.recognize(SAMPLE, "validate", "@files.txt")).isEmpty();
    }

    /** A meeting validation finds an error in: no document symbol. */
    private static final MeetingLoader NO_SYMBOL = file -> {
        Meeting sample = SampleMeeting.load();
        MeetingDetails details = sample.details().toBuilder().symbol("").build();
        return sample.withDetails(details);
    };

    private static final MeetingLoader UNREADABLE = file -> {
        throw new MeetingFileException(file.getFileName() + ": the file ends too early (truncated?) at line 3.");
    };

    private static final MeetingLoader FAILING = file -> {
        throw new IllegalStateException("a bug");
    };

    @Test
    void eachOutcomeIsTheSameEitherWay(@TempDir Path dir) {
        String out = dir.resolve("out.docx").toString();
        List<Case> cases = List.of(
                new Case(SAMPLE, "validate", "sample.agendum"),
                new Case(NO_SYMBOL, "validate", "a.agendum", "b.agendum"),
                new Case(UNREADABLE, "validate", "meetings/broken.agendum", "x.agendum"),
                new Case(FAILING, "validate", "x.agendum"),
                new Case(NO_SYMBOL, "export", "a.agendum", "-o", out),
                new Case(UNREADABLE, "export", "a.agendum", "-o", out),
                new Case(SAMPLE, "export", "a.agendum", "-o", dir.resolve("sample.agendum").toString()),
                new Case(SAMPLE, "export", "a.agendum", "-o", dir.toString()),
                new Case(SAMPLE, "export", "a.agendum", "--emblem", dir.resolve("missing.png").toString(), "-o", out),
                new Case(NO_SYMBOL, "export", "--force", "a.agendum", "--output", out),
                new Case(SAMPLE, "export", "a.agendum", "--language", "zh", "-o", out),
                new Case(SAMPLE, "export", "--language", "fr", "a.agendum", "-o", out));
        for (Case c : cases) {
            Outcome picocli = picocli(c);
            Optional<DirectCommands.Command> command = DirectCommands.recognize(c.loader(), c.args());
            assertThat(command).as(String.join(" ", c.args())).isPresent();
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int code = AgendumCli.run(command.get(), new PrintWriter(o, true), new PrintWriter(e, true));
            assertThat(new Outcome(code, o.toString(), firstLines(e.toString()))).as(String.join(" ", c.args()))
                    .isEqualTo(picocli);
        }
    }

    private record Case(MeetingLoader loader, String... args) {
    }

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome picocli(Case c) {
        CommandLine cli = AgendumCli.commandLine(c.loader());
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cli.setOut(new PrintWriter(o, true));
        cli.setErr(new PrintWriter(e, true));
        int code = AgendumCli.execute(cli, c.args());
        return new Outcome(code, o.toString(), firstLines(e.toString()));
    }

    /** Standard error without the stack trace's frames, which differ in how the command was called. */
    private static String firstLines(String err) {
        return err.lines().filter(line -> !line.startsWith("\tat ") && !line.startsWith("\t..."))
                .reduce("", (a, b) -> a + b + "\n");
    }
}
