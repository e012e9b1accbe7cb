package org.agendum.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.Optional;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingLimit;
import org.agendum.model.MeetingSize;

/**
 * Reads a meeting from bytes in steps, each with its own kind of message: the raw bytes
 * ({@link ContentSniffer}), the JSON tokens, the header and the number of parts ({@link HeaderScan}), the shape and
 * types (the records of {@link FileDto}, built from the tokens by {@link DtoReader}), text no file can hold ({@link
 * BrokenText}), the meaning ({@link ModelMapper}), and the meeting's size ({@link MeetingSize}).
 */
final class MeetingReader {
    private MeetingReader() {
    }

    static Meeting read(byte[] bytes, String source) throws MeetingFileException {
        try {
            ContentSniffer.Text text = ContentSniffer.check(bytes, source);
            HeaderScan.scan(bytes, text, source);
            JsonLocator locator = new JsonLocator(bytes, text.start());
            FileDto.MeetingDto dto = bind(bytes, text, source);
            Optional<BrokenText.Found> broken = BrokenText.find(dto);
            if (broken.isPresent()) {
                throw new MeetingFileException(source + ": " + JsonErrors.lineAndColumn(locator.locate(broken.get().at()))
                        + broken.get().describe() + "; the file is damaged, and Agendum does not open it rather than "
                        + "change its text.");
            }
            Meeting meeting = ModelMapper.toModel(dto, source, locator);
            // the tokens' count has no titles to repeat for the annex's entries; the model's count has
            Optional<MeetingLimit.Excess> excess = MeetingSize.excess(meeting);
            if (excess.isPresent()) {
                throw new MeetingFileException(excess.get().inFile(source));
            }
            return meeting;
        } catch (RuntimeException e) {
            // the last resort the design should never reach: a bug must not reach the officer as a crash
            throw new MeetingFileException(source + ": the file could not be understood: Agendum met an unexpected "
                    + "problem while reading it (please report it, with the file).", e);
        }
    }

    private static FileDto.MeetingDto bind(byte[] bytes, ContentSniffer.Text text, String source)
            throws MeetingFileException {
        try (JsonParser parser = MeetingJson.parser(bytes, text.start())) {
            try {
                return DtoReader.read(parser, source);
            } catch (JsonProcessingException e) {
                throw JsonErrors.describe(source, e, parser, text.contentChars());
            }
        } catch (IOException e) {
            throw new MeetingFileException(source + ": the file could not be read.", e);
        }
    }
}
