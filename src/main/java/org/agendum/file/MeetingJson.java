package org.agendum.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The one Jackson configuration for meeting files (Jackson's streaming parser and generator, not its data binding):
 * limits on nesting, text length and size when reading, and the canonical layout when writing (two-space indent,
 * one array element per line, LF). What the file must hold is {@link DtoReader}'s and {@link ModelMapper}'s.
 */
final class MeetingJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(FileFormat.MAX_NESTING)
            .maxStringLength(FileFormat.MAX_STRING_CHARS)
            .maxNameLength(FileFormat.MAX_NAME_CHARS)
            .maxNumberLength(100)
            .maxTokenCount(FileFormat.MAX_TOKENS)
            .maxDocumentLength(FileFormat.MAX_FILE_BYTES)
            .build()).build();
    private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

    private MeetingJson() {
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
        return FACTORY.createParser(new InputStreamReader(
                new ByteArrayInputStream(bytes, start, bytes.length - start), StandardCharsets.UTF_8));
    }

    /** A generator of the canonical layout into {@code out}. */
    static JsonGenerator generator(Writer out) throws IOException {
        return FACTORY.createGenerator(out).setPrettyPrinter(PRETTY.createInstance());
    }
}
