package org.agendum.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The benchmark's closing table: reads what the steps of src/bench/run.sh left in the results folder (JMH's JSON,
 * hyperfine's JSON, the launch samples, the window's figures, the machine) and prints every figure, every ratio to
 * its peer and whether each target of issue 7 is met, as Markdown; the same text goes to {@code figures.md}.
 */
public final class BenchReport {
    private final Path folder;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> out = new ArrayList<>();

    private BenchReport(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench");
        BenchReport report = new BenchReport(folder);
        report.write();
        String text = String.join("\n", report.out) + "\n";
        System.out.print(text);
        Files.writeString(folder.resolve("figures.md"), text, StandardCharsets.UTF_8);
    }

    private void write() throws IOException {
        Map<String, String> machine = properties("machine.txt");
        out.add("Machine: " + machine.getOrDefault("cpu", "?") + ", " + machine.getOrDefault("cores", "?")
                + " cores, " + machine.getOrDefault("memory", "?") + "; " + machine.getOrDefault("java", "?") + "; "
                + machine.getOrDefault("pandoc", "?") + ". Load average before: " + machine.getOrDefault("load.before",
                "?") + "; after: " + machine.getOrDefault("load.after", "?") + ".");
        out.add("");
        inProcess();
        out.add("");
        wholeProcess();
        out.add("");
        targets();
    }

    // ---- in one process (JMH, the window) ------------------------------------------------------------------

    private void inProcess() throws IOException {
        out.add("| in the app's process, warm | sample | large | target (large) |");
        out.add("|---|---|---|---|");
        Map<String, Double> jmh = jmh();
        row("open the meeting file (ms)", jmh.get("MeetingBenchmark.open:sample"), jmh.get("MeetingBenchmark.open:large"),
                "< 100 ms");
        row("save (atomic, with backup) (ms)", jmh.get("MeetingBenchmark.save:sample"),
                jmh.get("MeetingBenchmark.save:large"), "< 100 ms");
        row("validate (ms)", jmh.get("MeetingBenchmark.validate:sample"), jmh.get("MeetingBenchmark.validate:large"),
                "");
        row("export to .docx, written to a file (ms)", jmh.get("MeetingBenchmark.exportDocx:sample"),
                jmh.get("MeetingBenchmark.exportDocx:large"), "≤ 100 ms");
        Map<String, Double> defaults = jmh("jmh-defaults.json");
        Map<String, Double> allocated = allocatedMb();
        row("export to .docx, the JVM's default heap and collector, not shipped (ms)",
                defaults.get("MeetingBenchmark.exportDocx:sample"), defaults.get("MeetingBenchmark.exportDocx:large"),
                "");
        row("allocated per export (MB; JMH's GC profiler, the JVM's defaults)",
                allocated.get("MeetingBenchmark.exportDocx:sample"), allocated.get("MeetingBenchmark.exportDocx:large"),
                "≤ 16 MB");
        row("10,000 random commands, then 10,000 undos, model only (ms)",
                jmh.get("CommandsBenchmark.applyAndUndo10000:sample"),
                jmh.get("CommandsBenchmark.applyAndUndo10000:large"), "");
        Map<String, String> window = properties("window-large.tsv");
        Map<String, String> windowSample = properties("window-sample.tsv");
        row("window: File > Open, view update, median (ms)", number(windowSample, "window.open.p50"),
                number(window, "window.open.p50"), "");
        row("window: one key typed into a 5,000-word annotation + view update, 99th percentile (ms)",
                number(windowSample, "window.typing.p99"), number(window, "window.typing.p99"), "< 16.7 ms");
        row("window: one key typed into a 5,000-word annotation + view update, median (ms)",
                number(windowSample, "window.typing.p50"), number(window, "window.typing.p50"), "");
        for (String round : List.of("item", "schedule")) {
            String where = round.equals("item") ? "agenda item in front" : "organization of work in front";
            row("window: one command + view update, 99th percentile, " + where + " (ms)",
                    number(windowSample, "window." + round + ".command.p99"),
                    number(window, "window." + round + ".command.p99"), "< 16 ms");
            row("window: one undo + view update, 99th percentile, " + where + " (ms)",
                    number(windowSample, "window." + round + ".undo.p99"),
                    number(window, "window." + round + ".undo.p99"), "< 16 ms");
            row("window: one command + view update, median, " + where + " (ms)",
                    number(windowSample, "window." + round + ".command.p50"),
                    number(window, "window." + round + ".command.p50"), "");
        }
    }

    /** "Class.method:param" → the score in ms (the mean for average time, the median of the shots for single shot). */
    private Map<String, Double> jmh() throws IOException {
        return jmh("jmh.json");
    }

    private Map<String, Double> jmh(String results) throws IOException {
        Map<String, Double> scores = new LinkedHashMap<>();
        Path file = folder.resolve(results);
        if (!Files.exists(file)) {
            return scores;
        }
        for (JsonNode run : json.readTree(file.toFile())) {
            String name = run.get("benchmark").asText();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode metric = run.get("primaryMetric");
            double score = run.get("mode").asText().equals("ss")
                    ? metric.get("scorePercentiles").get("50.0").asDouble() : metric.get("score").asDouble();
            scores.put(name + ":" + run.get("params").get("meeting").asText(), score);
        }
        return scores;
    }

    /**
     * "Class.method:param" → megabytes allocated per operation, from JMH's GC profiler in the run with the JVM's
     * defaults (empty when it was run without the profiler).
     */
    private Map<String, Double> allocatedMb() throws IOException {
        Map<String, Double> bytes = new LinkedHashMap<>();
        Path file = folder.resolve("jmh-defaults.json");
        if (!Files.exists(file)) {
            return bytes;
        }
        for (JsonNode run : json.readTree(file.toFile())) {
            JsonNode secondary = run.get("secondaryMetrics");
            JsonNode norm = secondary == null ? null
                    : secondary.has("gc.alloc.rate.norm") ? secondary.get("gc.alloc.rate.norm")
                    : secondary.get("\u00b7gc.alloc.rate.norm");
            if (norm != null) {
                String name = run.get("benchmark").asText();
                name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
                bytes.put(name + ":" + run.get("params").get("meeting").asText(),
                        norm.get("score").asDouble() / 1_000_000);
            }
        }
        return bytes;
    }

    // ---- whole processes (hyperfine, the launches) ---------------------------------------------------------

    /** The command-line variants (run.sh's hyperfine names), the last one as shipped. */
    private static final List<String> CLI = List.of("jar", "Agendum-nocds", "Agendum", "agendum-nocds", "agendum");
    /** The window variants (run.sh's launch names without "-large"); "Agendum" is as shipped. */
    private static final List<String> WINDOW = List.of("jar", "Agendum-nocds", "Agendum", "Agendum-c1");

    private static final Map<String, String> CLI_ROWS = Map.of(
            "jar", "agendum export, plain java -jar (JDK defaults and its class-data-sharing archive) (ms)",
            "Agendum-nocds", "Agendum export, the window's launcher, class-data sharing off (the package before) (ms)",
            "Agendum", "Agendum export, the window's launcher with the package's archive (ms)",
            "agendum-nocds", "agendum export, the command-line launcher, class-data sharing off (ms)",
            "agendum", "agendum export, the command-line launcher as shipped (C1 only, the archive) (ms)");

    private static final Map<String, String> WINDOW_ROWS = Map.of(
            "jar", "Agendum: launch to first window, plain java -jar (ms)",
            "Agendum-nocds", "Agendum: launch to first window, packaged launcher, class-data sharing off "
                    + "(the package before) (ms)",
            "Agendum", "Agendum: launch to first window, packaged launcher as shipped (with the archive) (ms)",
            "Agendum-c1", "Agendum: launch to first window, as shipped + -XX:TieredStopAtLevel=1 (not shipped) (ms)");

    private static final Map<String, String> RSS_ROWS = Map.of(
            "bare", "bare JavaFX window: peak RSS (MB)",
            "jar-large", "Agendum window, large meeting open: peak RSS, plain java -jar (MB)",
            "Agendum-nocds-large", "Agendum window, large meeting open: peak RSS, packaged launcher, class-data "
                    + "sharing off (MB)",
            "Agendum-large", "Agendum window, large meeting open: peak RSS, packaged launcher as shipped (MB)");

    private void wholeProcess() throws IOException {
        out.add("| whole process, median of repeated runs | sample | large | peer on large | ratio to peer (large) "
                + "| target |");
        out.add("|---|---|---|---|---|---|");
        Map<String, Double> sample = hyperfine("cli-sample.json");
        Map<String, Double> large = hyperfine("cli-large.json");
        Double pandocLarge = large.get("pandoc");
        row6("pandoc FILE.md -o FILE.docx (ms)", sample.get("pandoc"), pandocLarge, null, null, "");
        for (String variant : CLI) {
            row6(CLI_ROWS.get(variant), sample.get(variant), large.get(variant), pandocLarge,
                    ratio(large.get(variant), pandocLarge), "≤ 0.5 × pandoc");
        }
        Map<String, List<double[]>> launches = launches();
        Double bare = median(launches, "bare", 0);
        row6("bare JavaFX window: launch to first frame (ms)", null, bare, null, null, "");
        for (String variant : WINDOW) {
            Double largeLaunch = median(launches, variant + "-large", 0);
            Double sampleLaunch = median(launches, variant + "-sample", 0);
            row6(WINDOW_ROWS.get(variant), sampleLaunch, largeLaunch, bare, ratio(largeLaunch, bare), "≤ 1.3 × bare");
        }
        for (String variant : List.of("bare", "jar-large", "Agendum-nocds-large", "Agendum-large")) {
            row6(RSS_ROWS.get(variant), null, median(launches, variant, 1), null, null,
                    variant.equals("bare") ? "" : "< 300 MB");
        }
    }

    /** hyperfine's JSON: command name → median in ms. */
    private Map<String, Double> hyperfine(String name) throws IOException {
        Map<String, Double> medians = new LinkedHashMap<>();
        Path file = folder.resolve(name);
        if (Files.exists(file)) {
            for (JsonNode result : json.readTree(file.toFile()).get("results")) {
                medians.put(result.get("command").asText(), result.get("median").asDouble() * 1000);
            }
        }
        return medians;
    }

    /** launch.tsv: name, milliseconds to the first window, peak RSS in kB (0 when not read) → per name, the rows. */
    private Map<String, List<double[]>> launches() throws IOException {
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        Path file = folder.resolve("launch.tsv");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split("\t");
                double rss = Double.parseDouble(f[2]) / 1024;
                rows.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new double[] {Double.parseDouble(f[1]),
                    rss > 0 ? rss : Double.NaN});
            }
        }
        return rows;
    }

    private static Double median(Map<String, List<double[]>> rows, String name, int column) {
        List<double[]> list = rows.get(name);
        if (list == null) {
            return null;
        }
        double[] values = list.stream().mapToDouble(r -> r[column]).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return null;
        }
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    // ---- targets -------------------------------------------------------------------------------------------

    /**
     * Each target with the figure of the app as shipped (the packaged launchers: the command line's for the export,
     * the window's for the window; the in-process figures are measured with the window launcher's memory options)
     * and, where other variants were measured, the best of them and which it is.
     */
    private void targets() throws IOException {
        Map<String, Double> jmh = jmh();
        Map<String, Double> large = hyperfine("cli-large.json");
        Map<String, String> window = properties("window-large.tsv");
        Map<String, List<double[]>> launches = launches();
        Double pandoc = large.get("pandoc");
        Double bare = median(launches, "bare", 0);
        Map<String, Double> cli = new LinkedHashMap<>();
        for (String variant : CLI) {
            cli.put(variant, ratio(large.get(variant), pandoc));
        }
        Map<String, Double> launch = new LinkedHashMap<>();
        Map<String, Double> rss = new LinkedHashMap<>();
        for (String variant : WINDOW) {
            launch.put(variant, ratio(median(launches, variant + "-large", 0), bare));
        }
        for (String variant : List.of("jar", "Agendum-nocds", "Agendum")) {
            rss.put(variant, median(launches, variant + "-large", 1));
        }
        Double p99 = max(number(window, "window.item.command.p99"), number(window, "window.schedule.command.p99"),
                number(window, "window.item.undo.p99"), number(window, "window.schedule.undo.p99"));
        Map<String, Double> sample = hyperfine("cli-sample.json");
        Map<String, Double> cliSample = new LinkedHashMap<>();
        for (String variant : CLI) {
            cliSample.put(variant, ratio(sample.get(variant), sample.get("pandoc")));
        }
        out.add("| target (issue 16; issue 7's in brackets) | as shipped | met | best measured | met |");
        out.add("|---|---|---|---|---|");
        target("command-line export of the large meeting ≤ 0.35 × pandoc (0.5 ×)", cli, "agendum", "× pandoc", 0.35);
        target("command-line export of the sample ≤ 1 × pandoc on its Markdown twin", cliSample, "agendum",
                "× pandoc", 1);
        target("export of the large meeting in the app, warm ≤ 100 ms (150 ms)",
                single(jmh.get("MeetingBenchmark.exportDocx:large")), SHIPPED, "ms", 100);
        target("allocated per export of the large meeting ≤ 16 MB",
                single(allocatedMb().get("MeetingBenchmark.exportDocx:large")), SHIPPED, "MB", 16);
        target("open the large meeting < 100 ms", single(jmh.get("MeetingBenchmark.open:large")), SHIPPED, "ms", 100);
        target("save the large meeting < 100 ms", single(jmh.get("MeetingBenchmark.save:large")), SHIPPED, "ms", 100);
        target("one command or undo + view update on the large meeting, 99th percentile ≤ 16 ms (worst of the four "
                + "rounds)",
                single(p99), SHIPPED, "ms", 16);
        target("one key typed into a 5,000-word annotation + view update, large meeting, 99th percentile < 16.7 ms "
                + "(issue 13)", single(number(window, "window.typing.p99")), SHIPPED, "ms", 16.7);
        target("launch to first window with the large meeting ≤ 1.3 × bare JavaFX", launch, "Agendum", "× bare", 1.3);
        target("peak RSS of the window with the large meeting ≤ 250 MB (300 MB)", rss, "Agendum", "MB", 250);
    }

    private static final String SHIPPED = "shipped";

    private static Map<String, Double> single(Double value) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put(SHIPPED, value);
        return figures;
    }

    /** {@code figures}: variant → value; {@code shipped} names the variant as shipped; the lowest is the best. */
    private void target(String what, Map<String, Double> figures, String shipped, String unit, double limit) {
        Double asShipped = figures.get(shipped);
        Map.Entry<String, Double> best = figures.entrySet().stream().filter(e -> e.getValue() != null)
                .min(Map.Entry.comparingByValue()).orElse(null);
        String bestText = best == null || figures.size() == 1 ? "" : fmt(best.getValue()) + " " + unit + " ("
                + LEVERS.get(best.getKey()) + ")";
        out.add("| " + what + " | " + (asShipped == null ? "not measured" : fmt(asShipped) + " " + unit) + " | "
                + met(asShipped, limit) + " | " + bestText + " | " + (bestText.isEmpty() ? "" : met(best.getValue(), limit))
                + " |");
    }

    private static final Map<String, String> LEVERS = Map.of(
            "jar", "plain java -jar",
            "Agendum-nocds", "packaged launcher, class-data sharing off",
            "Agendum", "the window's launcher as shipped",
            "Agendum-c1", "window launcher + C1 only, not shipped",
            "agendum-nocds", "command-line launcher, class-data sharing off",
            "agendum", "the command-line launcher as shipped");

    private static String met(Double value, double limit) {
        return value == null ? "?" : value <= limit ? "yes" : "no";
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void row(String what, Double sample, Double large, String target) {
        out.add("| " + what + " | " + fmt(sample) + " | " + fmt(large) + " | " + target + " |");
    }

    private void row6(String what, Double sample, Double large, Double peer, Double ratio, String target) {
        out.add("| " + what + " | " + fmt(sample) + " | " + fmt(large) + " | " + fmt(peer) + " | "
                + (ratio == null ? "" : fmt(ratio) + "×") + " | " + target + " |");
    }

    private Map<String, String> properties(String name) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Path file = folder.resolve(name);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    values.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return values;
    }

    private static Double number(Map<String, String> values, String key) {
        String value = values.get(key);
        return value == null ? null : Double.valueOf(value);
    }

    private static Double ratio(Double value, Double peer) {
        return value == null || peer == null ? null : value / peer;
    }

    private static Double max(Double... values) {
        OptionalDouble max = Arrays.stream(values).filter(v -> v != null).mapToDouble(Double::doubleValue).max();
        return max.isPresent() ? max.getAsDouble() : null;
    }

    private static String fmt(Double value) {
        if (value == null) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
