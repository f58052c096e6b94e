package org.consigna.platform.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.consigna.platform.problem.ProblemException;

/**
 * The platform's one way to read an uploaded CSV: RFC 4180 through Apache Commons CSV, a header row naming the
 * columns (matched without regard to case, spaces, dashes or underscores), blank lines skipped, cells trimmed; a
 * control character other than a tab or a line break in any cell (NUL, say) refuses the file. Rows
 * are numbered as a spreadsheet shows them: the header is row 1. A file that is not CSV is a 422
 * {@code invalid-csv} naming the row where reading stopped.
 */
public final class CsvReader {

    public static final String INVALID = "invalid-csv";

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private CsvReader() {
    }

    /** The rows of {@code text}, at most {@code maxRows} of them besides the header. */
    public static Table read(String text, int maxRows) {
        String body = text != null && text.startsWith("\uFEFF") ? text.substring(1) : text; // spreadsheets' byte order mark
        if (body == null || body.isBlank()) {
            throw invalid(1, "The file is empty; expected a header row and one row per line");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            long line = 0;
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw invalid(line + 1, "Row " + (line + 1) + " is not valid CSV (an unclosed quote?)");
                }
                line = record.getRecordNumber();
                refuseControlCharacters(record, line);
                if (header == null) {
                    header = record.stream().map(CsvReader::key).toList();
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw invalid(line, "The file has more than " + maxRows + " rows; split it");
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    if (i >= header.size()) {
                        if (!record.get(i).isBlank()) {
                            throw invalid(line, "Row " + line + " has more cells than the header names");
                        }
                        continue;
                    }
                    cells.put(header.get(i), record.get(i).trim());
                }
                rows.add(new Row((int) line, cells));
            }
            return new Table(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell may hold tabs and line breaks (inside quotes), not other control characters such as NUL. */
    private static void refuseControlCharacters(CSVRecord record, long line) {
        for (int i = 0; i < record.size(); i++) {
            if (CONTROL.matcher(record.get(i)).find()) {
                throw invalid(line, "Row " + line + ", cell " + (i + 1) + " holds a control character (such as NUL)");
            }
        }
    }

    /** A column name as compared: lower case, without spaces, dashes and underscores ({@code Unit Price} is {@code unitprice}). */
    public static String key(String column) {
        return column.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    private static ProblemException invalid(long row, String detail) {
        return new ProblemException(422, INVALID, "Not a readable CSV file", detail + "; nothing was changed",
                Map.of("row", row));
    }

    /** The header (as {@link #key keys}) and the rows under it. */
    public record Table(List<String> header, List<Row> rows) {

        public boolean has(String column) {
            return header.contains(key(column));
        }
    }

    /** One row: its number as a spreadsheet shows it, and its cells by column key (absent or blank cells read as null). */
    public record Row(int number, Map<String, String> cells) {

        public String get(String column) {
            String value = cells.get(key(column));
            return value == null || value.isEmpty() ? null : value;
        }
    }
}
