package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.model.Meeting;
import org.agendum.testing.MeetingArbitraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema shipped in the resources describes exactly what MeetingFiles writes and reads: written files
 * validate, files the reader refuses for their shape are refused by the schema too, and its fields are the
 * fields of the file records.
 */
class MeetingSchemaTest {
    private static final String SCHEMA = "/org/agendum/file/agendum-meeting-2.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonNode SCHEMA_NODE = schemaNode();
    private static final JsonSchema SCHEMA_VALIDATOR = FACTORY.getSchema(SCHEMA_NODE);

    @Test
    void theSchemaIsAValidDraft2020_12Schema() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(SCHEMA_NODE)).isEmpty();
        assertThat(SCHEMA_NODE.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void theSampleAndTheGoldenFileAreValid() throws IOException {
        assertThat(validate(SampleMeeting.resourceBytes())).isEmpty();
        assertThat(validate(StableOutputTest.golden())).isEmpty();
    }

    @Test
    void aFileWithIssuedVersionsIsValid() throws IOException {
        Meeting issued = new org.agendum.edit.IssueVersion("CTOC/COP/WG.4/2018/1", java.time.LocalDate.of(2018, 4, 9),
                org.agendum.model.IssueKind.ORIGINAL).apply(StableOutputTest.tinyMeeting());

        assertThat(validate(MeetingFiles.write(issued))).isEmpty();
    }

    @Property(tries = 100)
    void everyWrittenFileIsValid(@ForAll("meetings") Meeting meeting) throws IOException {
        assertThat(validate(MeetingFiles.write(meeting))).isEmpty();
    }

    @Provide
    Arbitrary<Meeting> meetings() {
        return MeetingArbitraries.meetings();
    }

    static Stream<Arguments> filesOfTheWrongShape() {
        return Stream.of(
                Arguments.of("unknown field", TestFiles.sampleWith("\"id\": \"item-4\",", "\"id\": \"item-4\", \"colour\": 1,")),
                Arguments.of("unknown detail", TestFiles.sampleWith("\"venue\"", "\"venu\"")),
                Arguments.of("number for a title", TestFiles.sampleWith("\"title\": \"Other matters\"", "\"title\": 5")),
                Arguments.of("missing title", TestFiles.sampleWith("\"title\": \"Other matters\",", "")),
                Arguments.of("version 3", TestFiles.sampleWith("\"version\": 1", "\"version\": 3")),
                Arguments.of("another format", TestFiles.sampleWith("\"agendum-meeting\"", "\"agendum-template\"")),
                Arguments.of("paragraph level 9", TestFiles.sampleWithFirst("\"content\": [", "\"level\": 9, \"content\": [")),
                Arguments.of("invalid date", TestFiles.sampleWith("\"2018-04-09\"", "\"9 April 2018\"")),
                Arguments.of("invalid time", TestFiles.sampleWithFirst("\"10:00\"", "\"25:00\"")),
                Arguments.of("invalid id", TestFiles.sampleWith("\"id\": \"item-4\"", "\"id\": \"item 4\"")),
                Arguments.of("unknown language", TestFiles.sampleWith("\"originalLanguage\": \"en\"",
                        "\"originalLanguage\": \"de\"")),
                Arguments.of("entry with item and note", TestFiles.sampleWith("\"item\": \"item-1a\"",
                        "\"item\": \"item-1a\", \"note\": \"x\"")),
                Arguments.of("entry with neither", TestFiles.sampleWith(",\n                \"item\": \"item-1a\"", "")),
                Arguments.of("part with text and footnote", TestFiles.sampleWithFirst("\"text\": \"The eighth",
                        "\"footnote\": [], \"text\": \"The eighth")),
                Arguments.of("styled footnote", TestFiles.sampleWithFirst("\"text\": \"The eighth meeting of the Working "
                        + "Group on Trafficking in Persons will be opened on Monday, 2 July 2018, at 10 a.m.\"",
                        "\"footnote\": [], \"bold\": true")),
                Arguments.of("two marks on one item", TestFiles.sampleWith("\"id\": \"item-4\",",
                        "\"id\": \"item-4\", \"review\": true, \"toTranslate\": true,")),
                Arguments.of("false written as text", TestFiles.sampleWith("\"link\": \"https://docs.un.org/en/CTOC/COP/WG.4/"
                        + "2017/3\"", "\"link\": \"https://docs.un.org/en/CTOC/COP/WG.4/2017/3\", \"bold\": \"false\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesOfTheWrongShape")
    void filesTheReaderRefusesForTheirShapeAreInvalid(String description, String content) throws IOException {
        assertThat(validate(TestFiles.utf8(content))).as(description).isNotEmpty();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> MeetingFiles.read(TestFiles.utf8(content), "x")))
                .as(description).isInstanceOf(MeetingFileException.class);
    }

    @Test
    void theSchemasFieldsAreTheFieldsOfTheFileRecords() {
        JsonNode defs = SCHEMA_NODE.get("$defs");
        assertFields(SCHEMA_NODE, FileDto.MeetingDto.class);
        assertFields(defs.get("details"), FileDto.DetailsDto.class);
        assertFields(defs.get("item"), FileDto.ItemDto.class);
        assertFields(defs.get("paragraph"), FileDto.ParagraphDto.class);
        assertFields(defs.get("run"), FileDto.RunDto.class);
        assertFields(defs.get("document"), FileDto.DocumentDto.class);
        assertFields(defs.get("organizationOfWork"), FileDto.OrganizationDto.class);
        assertFields(defs.get("day"), FileDto.DayDto.class);
        assertFields(defs.get("meeting"), FileDto.SlotDto.class);
        assertFields(defs.get("entry"), FileDto.EntryDto.class);
        assertFields(defs.get("issuedVersion"), FileDto.IssuedDto.class);
        List<String> inline = new ArrayList<>(names(defs.get("run").get("properties")));
        inline.addAll(names(defs.get("footnote").get("properties")));
        assertThat(inline).containsExactlyElementsOf(components(FileDto.InlineDto.class));
    }

    @Test
    void everyObjectRefusesUnknownFields() {
        List<String> objects = new ArrayList<>();
        collectObjects(SCHEMA_NODE, "#", objects);

        assertThat(objects).hasSize(12).allSatisfy(where -> assertThat(where).endsWith("false"));
    }

    @Test
    void theRequiredFieldsAreThoseTheReaderRequires() {
        JsonNode defs = SCHEMA_NODE.get("$defs");
        assertThat(names(SCHEMA_NODE.get("required")))
                .containsExactly("format", "version", "details", "agenda", "organizationOfWork");
        assertThat(names(defs.get("details").get("required"))).containsExactly("bodyName", "meetingName", "venue",
                "startDate", "endDate", "symbol", "distribution", "issueDate", "originalLanguage", "versionLanguage",
                "dutyStation", "title");
        assertThat(names(defs.get("item").get("required"))).containsExactly("id", "title");
        assertThat(names(defs.get("paragraph").get("required"))).containsExactly("content");
        assertThat(names(defs.get("day").get("required"))).containsExactly("date");
        assertThat(names(defs.get("meeting").get("required"))).containsExactly("id", "start", "end");
        assertThat(names(defs.get("entry").get("required"))).containsExactly("id");
    }

    @Test
    void theCodesAreThoseOfTheReader() {
        JsonNode details = SCHEMA_NODE.get("$defs").get("details").get("properties");
        assertThat(names(details.get("distribution").get("enum"))).containsExactlyElementsOf(EnumCodes.DISTRIBUTION.all());
        assertThat(names(details.get("dutyStation").get("enum"))).containsExactlyElementsOf(EnumCodes.DUTY_STATION.all());
        assertThat(names(SCHEMA_NODE.get("$defs").get("language").get("enum")))
                .containsExactlyElementsOf(EnumCodes.LANGUAGE.all());
        assertThat(SCHEMA_NODE.get("properties").get("format").get("const").asText()).isEqualTo(FileFormat.NAME);
        assertThat(names(details.get("layout").get("enum"))).containsExactlyElementsOf(EnumCodes.LAYOUT.all());
        assertThat(names(details.get("emptyAnnotations").get("enum")))
                .containsExactlyElementsOf(EnumCodes.EMPTY_ANNOTATIONS.all());
        assertThat(names(SCHEMA_NODE.get("$defs").get("item").get("properties").get("listEnd").get("enum")))
                .containsExactlyElementsOf(EnumCodes.LIST_END.all());
        assertThat(SCHEMA_NODE.get("properties").get("version").get("enum").toString())
                .isEqualTo("[" + FileFormat.OLDEST_VERSION + "," + FileFormat.VERSION + "]");
    }

    private static Set<ValidationMessage> validate(byte[] file) throws IOException {
        return SCHEMA_VALIDATOR.validate(JSON.readTree(file));
    }

    private static void assertFields(JsonNode definition, Class<?> record) {
        assertThat(definition.get("additionalProperties").asBoolean(true)).as(record.getSimpleName()).isFalse();
        assertThat(names(definition.get("properties"))).as(record.getSimpleName())
                .containsExactlyElementsOf(components(record));
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** Field names of an object node, or the texts of an array node. */
    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> out.add(element.asText()));
        } else {
            node.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    /** "where: additionalProperties" for every schema that declares properties. */
    private static void collectObjects(JsonNode node, String where, List<String> out) {
        if (node.isObject()) {
            if (node.has("properties") && node.get("properties").isObject() && !where.endsWith("/properties")) {
                out.add(where + ": " + node.path("additionalProperties").asText("missing"));
            }
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                collectObjects(node.get(name), where + "/" + name, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectObjects(node.get(i), where + "/" + i, out);
            }
        }
    }

    private static JsonNode schemaNode() {
        try (InputStream in = MeetingSchemaTest.class.getResourceAsStream(SCHEMA)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
