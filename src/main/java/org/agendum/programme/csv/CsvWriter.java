package org.agendum.programme.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The programme as CSV for other systems to import (Apache Commons CSV): UTF-8 without a byte-order mark, a head
 * row, RFC 4180 quoting (a field holding a comma, a quote or a line break is quoted, its quotes doubled) and CRLF
 * at the end of each record. Text is written as typed: a line break in a title stays inside its quoted field.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    public static byte[] write(List<String> heads, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(heads);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return bytes.toByteArray();
    }
}
