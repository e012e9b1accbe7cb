package org.agendum.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The one Jackson configuration for meeting files: strict when reading (no type coercion, no unknown
 * fields, limits on nesting, text length and size; {@link HeaderScan} has already refused nulls) and canonical when writing (fixed key order,
 * two-space indent, one array element per line, LF).
 */
final class MeetingJson {
    private static final ObjectMapper MAPPER = createMapper();
    private static final ObjectReader READER = MAPPER.readerFor(FileDto.MeetingDto.class);
    private static final ObjectWriter WRITER = MAPPER.writerFor(FileDto.MeetingDto.class).with(prettyPrinter());

    private MeetingJson() {
    }

    private static ObjectMapper createMapper() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(FileFormat.MAX_NESTING)
                .maxStringLength(FileFormat.MAX_STRING_CHARS)
                .maxNameLength(FileFormat.MAX_NAME_CHARS)
                .maxNumberLength(100)
                .maxTokenCount(FileFormat.MAX_TOKENS)
                .maxDocumentLength(FileFormat.MAX_FILE_BYTES)
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits).build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // A number where text belongs (or text where a number belongs, "" where a list belongs …) is an error,
        // never silently converted: it is how a damaged or hand-edited file shows.
        for (CoercionInputShape shape : CoercionInputShape.values()) {
            mapper.coercionConfigDefaults().setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigDefaults().setAcceptBlankAsEmpty(false);
        return mapper;
    }

    /** Two-space indent, {@code "key": value}, every array element on its own line, "[]" when empty. */
    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** A parser over UTF-8 text that {@link ContentSniffer} has checked; columns count characters. */
    static JsonParser parser(byte[] bytes, int start) throws IOException {
        return MAPPER.getFactory().createParser(new InputStreamReader(
                new ByteArrayInputStream(bytes, start, bytes.length - start), StandardCharsets.UTF_8));
    }

    static FileDto.MeetingDto readDto(JsonParser parser) throws IOException {
        return READER.readValue(parser);
    }

    /** The canonical text of a meeting file, with its final line break. */
    static String write(FileDto.MeetingDto dto) throws IOException {
        return WRITER.writeValueAsString(dto) + "\n";
    }
}
