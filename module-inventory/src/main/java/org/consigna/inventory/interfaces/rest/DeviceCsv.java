package org.consigna.inventory.interfaces.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.consigna.inventory.application.DeviceRow;
import org.consigna.inventory.interfaces.rest.CustodianNames.CustodianView;

/** Writes search rows as RFC 4180 CSV (Apache Commons CSV does the quoting), row by row as they stream in. */
final class DeviceCsv implements AutoCloseable {

    static final String[] HEADER = {"id", "catalog_number", "description", "serial", "lot", "expiry", "quantity", "status",
        "custodian_kind", "custodian_id", "custodian_name", "facility_id", "pending_transfer_id", "inactive_cause",
        "inactive_reason", "received_at", "udi", "tags"};

    /** Rows between flushes, so the client sees progress on long exports. */
    private static final int FLUSH_EVERY = 1000;

    private final CSVPrinter printer;
    private long rows;

    DeviceCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    void write(DeviceRow r, CustodianView custodian) {
        try {
            printer.printRecord(r.id(), r.catalogNumber(), r.description(), r.serial(), r.lot(), r.expiry(), r.quantity(),
                    r.status(), r.custodianKind(), r.custodianId(), custodian.name(), r.facilityId(), r.pendingTransferId(),
                    r.inactiveCause(), r.inactiveReason(), r.receivedAt(), r.udi() == null ? null : printable(r.udi()),
                    String.join(",", r.tags()));
            if (++rows % FLUSH_EVERY == 0) {
                printer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The FNC1 group separator of a raw UDI is unprintable in a spreadsheet; show it as GS1's own notation. */
    private static String printable(String udi) {
        return udi.replace("\u001d", "<GS>");
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
