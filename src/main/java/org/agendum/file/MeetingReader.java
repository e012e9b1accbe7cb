package org.agendum.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.Optional;
import org.agendum.model.Meeting;

/**
 * Reads a meeting from bytes in four steps, each with its own kind of message: the raw bytes
 * ({@link ContentSniffer}), the JSON tokens and the header ({@link HeaderScan}), the shape and types
 * (Jackson binding to {@link FileDto}, worded by {@link JsonErrors}), text no file can hold ({@link BrokenText}),
 * and the meaning ({@link ModelMapper}).
 */
final class MeetingReader {
    private MeetingReader() {
    }

    static Meeting read(byte[] bytes, String source) throws MeetingFileException {
        try {
            ContentSniffer.Text text = ContentSniffer.check(bytes, source);
            HeaderScan.scan(bytes, text, source);
            JsonLocator locator = new JsonLocator(bytes, text.start());
            FileDto.MeetingDto dto = bind(bytes, text, source, locator);
            Optional<BrokenText.Found> broken = BrokenText.find(dto);
            if (broken.isPresent()) {
                throw new MeetingFileException(source + ": " + JsonErrors.lineAndColumn(locator.locate(broken.get().at()))
                        + broken.get().describe() + "; the file is damaged, and Agendum does not open it rather than "
                        + "change its text.");
            }
            return ModelMapper.toModel(dto, source, locator);
        } catch (RuntimeException e) {
            // the last resort the design should never reach: a bug must not reach the officer as a crash
            throw new MeetingFileException(source + ": the file could not be understood: Agendum met an unexpected "
                    + "problem while reading it (please report it, with the file).", e);
        }
    }

    private static FileDto.MeetingDto bind(byte[] bytes, ContentSniffer.Text text, String source, JsonLocator locator)
            throws MeetingFileException {
        try (JsonParser parser = MeetingJson.parser(bytes, text.start())) {
            try {
                return MeetingJson.readDto(parser);
            } catch (JsonProcessingException e) {
                throw JsonErrors.describe(source, e, parser, text.contentChars(), locator);
            }
        } catch (IOException e) {
            throw new MeetingFileException(source + ": the file could not be read.", e);
        }
    }
}
