package org.consigna.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The platform's one way to write CSV: RFC 4180 through Apache Commons CSV, a header row, and every
 * text cell defused, since exports are opened in spreadsheets that would run a cell starting with
 * {@code = + - @}, a tab or a carriage return as a formula (CSV injection). Numbers, dates and ids are
 * written as they are.
 */
public final class CsvWriter implements AutoCloseable {

    /** Rows between flushes, so a client sees a long export progress. */
    private static final int FLUSH_EVERY = 1000;

    private final CSVPrinter printer;
    private long rows;

    private CsvWriter(Writer out, String... header) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer of UTF-8 CSV onto a stream (a streamed response body); close it to flush. */
    public static CsvWriter to(OutputStream out, String... header) {
        return new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), header);
    }

    /** A small export as one string. */
    public static String of(String[] header, Iterable<Object[]> rows) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = new CsvWriter(text, header)) {
            rows.forEach(csv::row);
        }
        return text.toString();
    }

    public void row(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] instanceof CharSequence text ? defuse(text.toString()) : cells[i];
        }
        try {
            printer.printRecord(safe);
            if (++rows % FLUSH_EVERY == 0) {
                printer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text a spreadsheet would take for a formula, prefixed with an apostrophe so it stays text. */
    public static String defuse(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
