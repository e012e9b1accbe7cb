package org.agendum.file;

import static org.agendum.file.TestFiles.minimalWithAgenda;
import static org.agendum.file.TestFiles.nestedItems;
import static org.agendum.file.TestFiles.sampleText;
import static org.agendum.file.TestFiles.sampleWith;
import static org.agendum.file.TestFiles.sampleWithFirst;
import static org.agendum.file.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged, foreign, newer, hostile and hand-broken files: each is refused with a MeetingFileException whose
 * message is one sentence naming the problem and its place, and loading one from disk changes nothing there.
 */
class BadFilesTest {
    private static final String NAME = "bad.agendum";

    static Stream<Arguments> badFiles() {
        List<Arguments> cases = new ArrayList<>();
        String sample = sampleText();
        byte[] sampleBytes = utf8(sample);

        add(cases, "empty file", new byte[0], "bad.agendum: the file is empty.");
        add(cases, "blank space only", utf8("  \n\t \r\n  "), "bad.agendum: the file is empty");
        add(cases, "byte order mark only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "the file is empty");
        for (int percent : new int[] {1, 10, 50, 90, 99}) {
            int cut = sampleBytes.length * percent / 100;
            add(cases, "sample truncated at " + percent + "%", Arrays.copyOf(sampleBytes, cut),
                    "bad.agendum: the file ends too early (truncated?) at line " + lineAt(sampleBytes, cut) + ".");
        }
        add(cases, "sample without its last brace", utf8(sample.substring(0, sample.lastIndexOf('}'))),
                "the file ends too early (truncated?) at line");
        int quote = indexOf(sampleBytes, utf8("“"));
        add(cases, "sample truncated inside a curly quote", Arrays.copyOf(sampleBytes, quote + 2),
                "the file ends too early (truncated?) at line " + lineAt(sampleBytes, quote) + ".");
        String withTrue = minimalWithAgenda("").replace("\"version\": 1,", "\"version\": 1, \"x\": true,");
        add(cases, "sample truncated inside true", withTrue.substring(0, withTrue.indexOf("tru") + 3),
                "bad.agendum: the file ends too early (truncated?) at line 1.");

        add(cases, "not JSON", utf8("hello"),
                "bad.agendum is not an Agendum meeting file (it is not JSON; it starts with \"hello\").");
        add(cases, "not JSON after a byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("Agenda of the meeting\n1. Opening")), "it is not JSON; it starts with \"Agenda of the meeting\"");
        add(cases, "JSON list at the top", utf8("[1, 2, 3]"), "bad.agendum is not an Agendum meeting file (it "
                + "contains a JSON list, not a meeting).");
        add(cases, "JSON number at the top", utf8("42"), "it contains a single JSON value, not a meeting");
        add(cases, "empty object", utf8("{}"), "it has no \"format\": \"agendum-meeting\"");

        add(cases, "number for a title", sampleWith("\"title\": \"Organizational matters\"", "\"title\": 5"),
                "line " + lineOf(sample, "\"title\": \"Organizational matters\"") + ", column 16: \"title\" of agenda "
                        + "item 1 (agenda[0].title) must be text, not a number.");
        add(cases, "string for items", sampleWithFirst("\"items\": []", "\"items\": \"none\""),
                "\"items\" of agenda item 1 (a) (agenda[0].items[0].items) must be a list, not text.");
        add(cases, "object for a date", sampleWith("\"startDate\": \"2018-07-02\"", "\"startDate\": {\"year\": 2018}"),
                "line 9, column 18: \"startDate\" of the details (details.startDate) must be text, not an object.");
        add(cases, "text for a flag", sampleWith("\"link\": \"https://docs.un.org/en/CTOC/COP/WG.4/2017/3\"",
                "\"link\": \"https://docs.un.org/en/CTOC/COP/WG.4/2017/3\", \"bold\": \"yes\""),
                "\"bold\" of part 2 of paragraph 3 of the annotation of agenda item 3 "
                        + "(agenda[2].annotation[2].content[1].bold) must be true or false, not text.");
        add(cases, "text for a level", sampleWithFirst("\"content\": [", "\"level\": \"1\", \"content\": ["),
                "(agenda[0].items[0].annotation[0].level) must be a whole number, not text.");
        add(cases, "decimal for a level", sampleWithFirst("\"content\": [", "\"level\": 1.0, \"content\": ["),
                "(agenda[0].items[0].annotation[0].level) must be a whole number, not a decimal number.");
        add(cases, "huge number for a level", sampleWithFirst("\"content\": [", "\"level\": 99999999999999999999, "
                + "\"content\": ["), "(agenda[0].items[0].annotation[0].level) is a number too large to be valid.");
        add(cases, "list for the details", sampleWith("\"details\": {", "\"details\": [], \"x\": {"),
                "line 4, column 14: \"details\" at the top of the file (details) must be an object, not a list.");

        add(cases, "version 3", sampleWith("\"version\": 1", "\"version\": 3"), "bad.agendum was written by a newer "
                + "version of Agendum (file format 3); this version reads formats 1 and 2. Update Agendum to open it.");
        add(cases, "version 4 with new fields", sampleWith("\"version\": 1", "\"version\": 4, \"attachments\": []"),
                "newer version of Agendum (file format 4)");
        add(cases, "version 3 and broken later", utf8(sampleWith("\"version\": 1", "\"version\": 3")
                .replace("\"venue\": \"Vienna\",", "\"venue\" \"Vienna\",")), "newer version of Agendum (file format 3)");
        add(cases, "version 0", sampleWith("\"version\": 1", "\"version\": 0"),
                "bad.agendum has an unknown file format version (0); this version of Agendum reads formats 1 and 2.");
        add(cases, "version -1", sampleWith("\"version\": 1", "\"version\": -1"), "unknown file format version (-1)");
        add(cases, "version as text", sampleWith("\"version\": 1", "\"version\": \"1\""), "bad.agendum: line 3, column "
                + "14: the file format version (\"version\") must be a whole number such as 2, not text (\"1\").");
        add(cases, "version 1.5", sampleWith("\"version\": 1", "\"version\": 1.5"),
                "line 3, column 14: the file format version (\"version\") must be a whole number such as 2, not 1.5.");
        add(cases, "version missing", sampleWith("  \"version\": 1,\n", ""),
                "the file format version (\"version\": 2) is missing");
        add(cases, "format missing", sampleWith("  \"format\": \"agendum-meeting\",\n", ""),
                "bad.agendum is not an Agendum meeting file (it has no \"format\": \"agendum-meeting\").");
        add(cases, "another format", sampleWith("\"agendum-meeting\"", "\"agendum-template\""),
                "bad.agendum is not an Agendum meeting file (its \"format\" is \"agendum-template\", not "
                        + "\"agendum-meeting\").");

        add(cases, "Word document renamed", TestFiles.wordDocument(),
                "bad.agendum is a Word document or another zip archive, not an Agendum meeting file.");
        add(cases, "PDF renamed", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), "bad.agendum is a PDF document");
        add(cases, "UTF-16 text", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, sample.getBytes(StandardCharsets.UTF_16LE)),
                "bad.agendum is UTF-16 text, but meeting files are UTF-8");
        add(cases, "zeros left by a crash", new byte[4096], "bad.agendum is damaged: it contains only zero bytes");
        byte[] windows1252 = replace(sampleBytes, utf8("“"), new byte[] {(byte) 0x93});
        add(cases, "invalid UTF-8", windows1252, "bad.agendum is not UTF-8 text (invalid byte 0x93 at position "
                + indexOf(sampleBytes, utf8("“")) + ", line " + lineAt(sampleBytes, quote) + ")");
        add(cases, "overlong UTF-8", utf8(sample).length > 0 ? replace(sampleBytes, utf8("/"), new byte[] {(byte) 0xC0,
                (byte) 0xAF}) : null, "is not UTF-8 text (invalid byte 0xC0 at position");

        add(cases, "100,000 brackets", utf8("[".repeat(100_000)), "it contains a JSON list, not a meeting");
        add(cases, "100,000 brackets in a meeting", utf8("{\"format\": \"agendum-meeting\", \"version\": 1, \"details\": "
                + "[".repeat(100_000)), "line 1, column", "the data is nested more than 64 levels deep");
        add(cases, "100,000 nested agenda items", utf8(minimalWithAgenda(nestedItems(100_000))),
                "the data is nested more than 64 levels deep, deeper than any meeting file can be (agenda items can "
                        + "be nested at most 16 levels).");
        add(cases, "17 levels of agenda items", utf8(minimalWithAgenda(nestedItems(17))),
                "is nested 17 levels deep; agenda items can be nested at most 16 levels.");
        add(cases, "a 30 MB string", utf8(minimalWithAgenda("{\"id\": \"i1\", \"title\": \"" + "x".repeat(30_000_000)
                + "\"}")), "line 1, column", "\"title\" of agenda item 1 (agenda[0].title) is longer than 10,000,000 "
                + "characters, the limit for one text in a meeting file.");
        add(cases, "a string one character over the limit", utf8(minimalWithAgenda("{\"id\": \"i1\", \"title\": \""
                + "x".repeat(FileFormat.MAX_STRING_CHARS + 1) + "\"}")), "line 1, column", "\"title\" of agenda item 1 "
                + "(agenda[0].title) is longer than 10,000,000 characters, the limit for one text in a meeting file.");
        add(cases, "a long field name", utf8(minimalWithAgenda("").replace("\"version\": 1,", "\"version\": 1, \""
                + "n".repeat(5000) + "\": 1,")), "a field name is longer than 1,000 characters");
        add(cases, "too large", new byte[(int) FileFormat.MAX_FILE_BYTES + 1],
                "bad.agendum is too large to be a meeting file (65 MB; meeting files are at most 64 MB).");

        add(cases, "unknown field in an item", sampleWith("\"id\": \"item-4\",", "\"id\": \"item-4\",\n      \"colour\": "
                + "\"red\","), "line " + (lineOf(sample, "\"id\": \"item-4\"") + 1) + ", column 7: agenda item 4 "
                + "(agenda[3]) has an unknown field \"colour\" (the fields there are \"id\", \"title\", \"heading\", "
                + "\"listEnd\", \"review\", \"toTranslate\", \"annotation\", \"documentation\", \"items\").");
        add(cases, "misspelt detail", sampleWith("\"venue\": \"Vienna\"", "\"venu\": \"Vienna\""),
                "the details (details) has an unknown field \"venu\"");
        add(cases, "unknown field at the top", sampleWith("\"version\": 1,", "\"version\": 1,\n  \"colour\": \"red\","),
                "line 4, column 3: the meeting file has an unknown field \"colour\"");
        add(cases, "nested footnote", sampleWith("\"link\": \"https://docs.un.org/en/CTOC/COP/WG.4/2017/3\"",
                "\"link\": \"https://docs.un.org/en/CTOC/COP/WG.4/2017/3\"}, {\"footnote\": [{\"text\": \"a\", "
                        + "\"footnote\": []}]"), "has an unknown field \"footnote\"");
        add(cases, "title missing", sampleWith("      \"title\": \"Other matters\",\n", ""),
                "bad.agendum: line " + (lineOf(sample, "\"id\": \"item-4\"") - 1) + ", column 5: agenda item 4 (agenda[3]) "
                        + "has no \"title\".");
        add(cases, "details missing", utf8(minimalWithAgenda("").replaceFirst("\"details\": \\{[^}]*\\}, ", "")),
                "bad.agendum: the meeting file has no \"details\".");
        add(cases, "symbol missing", sampleWith("    \"symbol\": \"CTOC/COP/WG.4/2018/1\",\n", ""),
                "the details (details) has no \"symbol\".");
        add(cases, "content missing", sampleWithFirst("\"content\": [", "\"level\": 1, \"contents\": ["),
                "has an unknown field \"contents\"");
        add(cases, "null for a text", sampleWith("\"venue\": \"Vienna\"", "\"venue\": null"),
                "line " + lineOf(sample, "\"venue\"") + ", column 14: \"venue\" of the details (details.venue) is null; meeting files never contain null");
        add(cases, "field given twice", sampleWith("\"venue\": \"Vienna\",", "\"venue\": \"Vienna\",\n    \"venue\": "
                + "\"Geneva\","), "line " + (lineOf(sample, "\"venue\"") + 1) + ", column 5: the details (details) has the field \"venue\" twice");
        add(cases, "missing comma", sampleWith("\"venue\": \"Vienna\",", "\"venue\": \"Vienna\""),
                "line " + (lineOf(sample, "\"venue\"") + 1) + ", column 5: the file is not valid JSON here (unexpected quotation mark); a comma, "
                        + "quotation mark or bracket may be missing or extra.");
        add(cases, "line break inside text", sampleWith("\"venue\": \"Vienna\"", "\"venue\": \"Vie\nnna\""),
                "line " + lineOf(sample, "\"venue\"") + ", column", "the file is not valid JSON here (a line break inside quoted text, where it "
                        + "must be written \\n).");
        add(cases, "syntax error before the format", sampleWith("  \"format\": \"agendum-meeting\",",
                "  \"format\" \"agendum-meeting\","), "bad.agendum: line 2, column 12: the file is not valid JSON here (unexpected quotation mark)");
        add(cases, "another format and broken later", utf8(sampleWith("\"agendum-meeting\"", "\"agendum-template\"")
                .replace("\"venue\": \"Vienna\",", "\"venue\" \"Vienna\",")), "its \"format\" is \"agendum-template\"");
        add(cases, "five million values", utf8("{\"format\": \"agendum-meeting\", \"version\": 1, \"agenda\": ["
                + "0,".repeat(5_000_000) + "0]}"), "bad.agendum: line 1, column",
                "the file holds more than 5,000,000 values, far more than any meeting.");
        add(cases, "text after the end", utf8(sample + "{\"format\": \"agendum-meeting\"}\n"),
                "there is more text after the end of the meeting data");

        add(cases, "duplicate item ids", sampleWith("\"id\": \"item-2\"", "\"id\": \"item-1\""),
                "bad.agendum: line " + lineOf(sample, "\"id\": \"item-2\"") + ", column 13: \"id\" of agenda item 2 (agenda[1].id) is \"item-1\", the same as \"id\" of agenda item 1 "
                        + "(agenda[0].id); every agenda item needs its own id.");
        add(cases, "duplicate item ids at different depths", sampleWith("\"id\": \"item-1b\"", "\"id\": \"item-5\""),
                "\"id\" of agenda item 5 (agenda[4].id) is \"item-5\", the same as \"id\" of agenda item 1 (b) "
                        + "(agenda[0].items[1].id)");
        add(cases, "duplicate meeting ids", sampleWith("\"id\": \"m-0703-pm\"", "\"id\": \"m-0702-am\""),
                "(organizationOfWork.days[1].meetings[1].id) is \"m-0702-am\", the same as \"id\" of meeting 1 of day 1 "
                        + "of the organization of work (organizationOfWork.days[0].meetings[0].id); every meeting needs its "
                        + "own id.");
        add(cases, "duplicate entry ids", sampleWith("\"id\": \"m-0703-am-1\"", "\"id\": \"m-0702-am-1\""),
                "every entry needs its own id");
        add(cases, "invalid id", sampleWith("\"id\": \"item-4\"", "\"id\": \"item 4\""), "\"id\" of agenda item 4 "
                + "(agenda[3].id) is \"item 4\", which is not a valid id");
        add(cases, "invalid item reference", sampleWith("\"item\": \"item-5\"", "\"item\": \"\""),
                "(organizationOfWork.days[1].meetings[1].entries[1].item) is \"\", which is not a valid id");
        add(cases, "invalid date", sampleWith("\"startDate\": \"2018-07-02\"", "\"startDate\": \"2018-02-30\""),
                "bad.agendum: line 9, column 18: \"startDate\" of the details (details.startDate) is \"2018-02-30\", a day "
                        + "that does not exist (February 2018 has 28 days).");
        add(cases, "day 00", sampleWith("\"startDate\": \"2018-07-02\"", "\"startDate\": \"2018-07-00\""),
                "is \"2018-07-00\", a day that does not exist (July 2018 has 31 days).");
        add(cases, "date in another form", sampleWith("\"date\": \"2018-07-03\"", "\"date\": \"3 July 2018\""),
                "\"date\" of day 2 of the organization of work (organizationOfWork.days[1].date) is \"3 July 2018\", "
                        + "which is not a valid date (expected YYYY-MM-DD).");
        add(cases, "invalid time", sampleWithFirst("\"start\": \"10:00\"", "\"start\": \"25:00\""),
                "\"start\" of meeting 1 of day 1 of the organization of work (organizationOfWork.days[0].meetings[0]."
                        + "start) is \"25:00\", which is not a valid time (expected HH:MM on the 24-hour clock");
        add(cases, "unknown distribution", sampleWith("\"distribution\": \"general\"", "\"distribution\": \"public\""),
                "\"distribution\" of the details (details.distribution) is \"public\", which is not one of \"general\", "
                        + "\"limited\", \"restricted\".");
        add(cases, "unknown language", sampleWith("\"originalLanguage\": \"en\"", "\"originalLanguage\": \"English\""),
                "is \"English\", which is not one of \"en\", \"fr\", \"es\", \"ru\", \"zh\", \"ar\".");
        add(cases, "unknown duty station", sampleWith("\"dutyStation\": \"vienna\"", "\"dutyStation\": \"Vienna\""),
                "is \"Vienna\", which is not one of \"vienna\", \"new-york\", \"geneva\".");
        add(cases, "paragraph level 9", sampleWithFirst("\"content\": [", "\"level\": 9,\n              \"content\": ["),
                "\"level\" of paragraph 1 of the annotation of agenda item 1 (a) (agenda[0].items[0].annotation[0].level) "
                        + "is 9; it must be 0 (body text) or 1 to 3 (subparagraph levels).");
        add(cases, "paragraph level -1", sampleWithFirst("\"content\": [", "\"level\": -1, \"content\": ["), "is -1;");
        add(cases, "entry with item and note", sampleWith("\"item\": \"item-1a\"", "\"item\": \"item-1a\", \"note\": "
                + "\"Informal consultations\""), "entry 1 of meeting 1 of day 1 of the organization of work "
                + "(organizationOfWork.days[0].meetings[0].entries[0]) has both \"item\" and \"note\"");
        add(cases, "entry with neither", sampleWith("\"item\": \"item-1a\"", "\"label\": \"x\""),
                "has an unknown field \"label\"");
        add(cases, "entry with only an id", sampleWith(",\n                \"item\": \"item-1a\"", ""),
                "(organizationOfWork.days[0].meetings[0].entries[0]) has neither \"item\" nor \"note\"");
        add(cases, "part with text and footnote", sampleWithFirst("\"text\": \"The eighth", "\"footnote\": [], "
                + "\"text\": \"The eighth"), "part 1 of paragraph 1 of the annotation of agenda item 1 (a) "
                + "(agenda[0].items[0].annotation[0].content[0]) has both \"text\" and \"footnote\"");
        add(cases, "part with neither", sampleWithFirst("\"text\": \"The eighth", "\"bold\": true, \"x\": \"The eighth"),
                "has an unknown field \"x\"");
        add(cases, "styled footnote", sampleWithFirst("\"text\": \"The eighth meeting of the Working Group on "
                + "Trafficking in Persons will be opened on Monday, 2 July 2018, at 10 a.m.\"", "\"footnote\": [], "
                + "\"italic\": true"), "is a footnote with \"italic\"");
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void readRefusesWithOneSentenceNamingTheProblem(String description, byte[] content, List<String> phrases) {
        Throwable thrown = catchThrowable(() -> MeetingFiles.read(content, NAME));

        assertThat(thrown).as(description).isExactlyInstanceOf(MeetingFileException.class);
        assertIsOneSentence(thrown.getMessage(), phrases);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void loadRefusesAndChangesNothingOnDisk(String description, byte[] content, List<String> phrases, @TempDir Path folder)
            throws IOException {
        Path file = folder.resolve(NAME);
        Files.write(file, content);

        Throwable thrown = catchThrowable(() -> MeetingFiles.load(file));

        assertThat(thrown).as(description).isExactlyInstanceOf(MeetingFileException.class);
        assertIsOneSentence(thrown.getMessage(), phrases);
        assertThat(Files.readAllBytes(file)).as("the file's bytes").isEqualTo(content);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).as("files in the folder").containsExactly(file);
        }
    }

    static void assertIsOneSentence(String message, List<String> phrases) {
        assertThat(message).startsWith(NAME).endsWith(".").doesNotContain("\n")
                .doesNotContain("Exception").doesNotContain("exception").doesNotContainIgnoringCase("jackson")
                .doesNotContainPattern("\\b(java|javax|com|org|net)\\.[a-z]+")
                .doesNotContainPattern("Dto\\b|\\b(String|Integer|Boolean|ArrayList|List<|Map<|LocalDate|Token)\\b")
                .doesNotContain("REDACTED").doesNotContain("[Source").doesNotContain("`");
        for (String phrase : phrases) {
            assertThat(message).contains(phrase);
        }
    }

    private static void add(List<Arguments> cases, String description, String content, String... phrases) {
        add(cases, description, utf8(content), phrases);
    }

    private static void add(List<Arguments> cases, String description, byte[] content, String... phrases) {
        cases.add(arguments(description, content, List.of(phrases)));
    }

    private static int lineOf(String text, String snippet) {
        int at = text.indexOf(snippet);
        if (at < 0) {
            throw new IllegalArgumentException("Not in the text: " + snippet);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int k = 0; k < part.length; k++) {
                if (bytes[i + k] != part[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("Not in the bytes");
    }

    /** The bytes with the first occurrence of a part replaced. */
    private static byte[] replace(byte[] bytes, byte[] part, byte[] replacement) {
        int at = indexOf(bytes, part);
        return concat(Arrays.copyOf(bytes, at), replacement,
                Arrays.copyOfRange(bytes, at + part.length, bytes.length));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
