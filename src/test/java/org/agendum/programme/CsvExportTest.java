package org.agendum.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.agendum.edit.RenameItem;
import org.agendum.model.Meeting;
import org.agendum.programme.table.ProgrammeRow;
import org.agendum.testing.Fixtures;
import org.agendum.testing.TestMeetings;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The programme as CSV: UTF-8, a head row, RFC 4180 quoting, read back with a strict reader (issue 20). */
class CsvExportTest {
    /** RFC 4180 as the reader takes it: no surrounding spaces trimmed, no quote left unclosed, empty lines kept. */
    private static final CSVFormat STRICT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false).setTrim(false).get();

    @Test
    void titlesWithCommasQuotesAndLineBreaksReadBackEqual() throws Exception {
        String awkward = "Review of \"the Protocol\", its annex,\nand the \u201Csecond\u201D line; ñ 中文 عربي";
        Meeting meeting = new RenameItem(Fixtures.ITEM_2, awkward).apply(TestMeetings.sample());
        byte[] bytes = ProgrammeExport.toBytes(meeting, ProgrammeFormat.CSV, ProgrammeOptions.DEFAULT, Optional.empty());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Date,Time,Agenda item,Title or description,Continued,Note\r\n");
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF); // no byte-order mark

        List<CSVRecord> records = STRICT.parse(new StringReader(text)).getRecords();
        List<List<String>> expected = ProgrammeExport.rows(meeting, ProgrammeExport.language(meeting),
                UnaryOperator.identity()).stream().map(ProgrammeRow::cells).toList();
        assertThat(records).hasSize(expected.size() + 1);
        assertThat(records.subList(1, records.size())).extracting(CSVRecord::toList)
                .containsExactlyElementsOf(expected);
        assertThat(records.get(3).get(3)).isEqualTo(awkward);
        assertThat(records.get(4).get(4)).isEqualTo("Continued");
    }

    /** Whatever an officer types as a title, a strict reader gets it back, cell for cell. */
    @Property(tries = 300)
    void anyTitleReadsBackEqual(@ForAll @NotBlank @StringLength(max = 60)
                                @Chars({'a', 'Z', ' ', ',', '"', ';', '\n', '\r', '\'', '“', 'é', '中', 'ع'})
                                String title) throws Exception {
        Meeting meeting = new RenameItem(Fixtures.ITEM_2, title).apply(TestMeetings.sample());
        String text = new String(ProgrammeExport.toBytes(meeting, ProgrammeFormat.CSV, ProgrammeOptions.DEFAULT,
                Optional.empty()), StandardCharsets.UTF_8);
        List<List<String>> expected = ProgrammeExport.rows(meeting, ProgrammeExport.language(meeting),
                UnaryOperator.identity()).stream().map(ProgrammeRow::cells).toList();
        List<CSVRecord> records = STRICT.parse(new StringReader(text)).getRecords();
        assertThat(records.subList(1, records.size())).extracting(CSVRecord::toList)
                .containsExactlyElementsOf(expected);
    }
}
