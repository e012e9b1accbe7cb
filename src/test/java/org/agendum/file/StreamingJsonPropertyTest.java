package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.model.Meeting;
import org.agendum.testing.MeetingArbitraries;

/**
 * The streaming reader and writer ({@link DtoReader}, {@link DtoWriter}) against Jackson's data binding, which did
 * their work until issue 16 and is kept for the tests as the reference: the same records from a file's bytes, the
 * same bytes from the records. (Its messages for damaged files were compared once, on 140,000 of them, and are held
 * by {@link BadFilesTest} and {@link DtoReaderTest}.)
 */
class StreamingJsonPropertyTest {
    private static final ObjectMapper DATA_BINDING = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    @Property(tries = 300)
    void theStreamingReaderBuildsTheRecordsDataBindingBuilds(@ForAll("meetings") Meeting meeting) throws Exception {
        byte[] bytes = MeetingFiles.write(meeting);

        FileDto.MeetingDto streamed;
        try (JsonParser parser = MeetingJson.parser(bytes, 0)) {
            streamed = DtoReader.read(parser, "generated.agendum");
        }

        assertThat(streamed).isEqualTo(DATA_BINDING.readValue(bytes, FileDto.MeetingDto.class));
    }

    @Property(tries = 300)
    void theStreamingWriterWritesTheBytesDataBindingWrote(@ForAll("meetings") Meeting meeting) throws Exception {
        FileDto.MeetingDto records = DtoMapper.toDto(meeting);

        String bound = DATA_BINDING.writer(prettyPrinter()).writeValueAsString(records) + "\n";

        assertThat(DtoWriter.write(records)).isEqualTo(bound);
        assertThat(MeetingFiles.write(meeting)).isEqualTo(BrokenText.escaped(bound).getBytes(StandardCharsets.UTF_8));
    }

    /** The layout of meeting files as MeetingJson sets it. */
    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    @Provide
    Arbitrary<Meeting> meetings() {
        return MeetingArbitraries.meetings();
    }
}
