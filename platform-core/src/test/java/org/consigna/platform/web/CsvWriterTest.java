package org.consigna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStaysTextAndNumbersStayNumbers() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd");
        String csv = CsvWriter.of(new String[] {"name", "qty"},
                hostile.stream().map(text -> new Object[] {text, -3}).toList());
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).extracting(r -> r.get("name")).containsExactlyElementsOf(
                hostile.stream().map(text -> "'" + text).toList());
        assertThat(records).extracting(r -> r.get("qty")).allMatch("-3"::equals);
    }

    @Test
    void plainTextIsLeftAloneAndQuotedWhereRfc4180AsksForIt() {
        String csv = CsvWriter.of(new String[] {"name"}, List.<Object[]>of(new Object[] {"Knee, left"},
                new Object[] {"a-b"}, new Object[] {""}));
        assertThat(csv).isEqualTo("name\r\n\"Knee, left\"\r\na-b\r\n\"\"\r\n");
    }

    @Test
    void streamsUtf8WithAHeaderAndEmptyCellsForNulls() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.to(out, "a", "b")) {
            csv.row("Müller", null);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,b\r\nMüller,\r\n");
    }
}
