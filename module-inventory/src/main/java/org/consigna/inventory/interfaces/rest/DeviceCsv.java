package org.consigna.inventory.interfaces.rest;

import java.io.OutputStream;
import org.consigna.inventory.application.DeviceRow;
import org.consigna.inventory.interfaces.rest.CustodianNames.CustodianView;
import org.consigna.platform.web.CsvWriter;

/** Search rows as CSV through the platform's writer (quoting, defused formulas), row by row as they stream in. */
final class DeviceCsv implements AutoCloseable {

    static final String[] HEADER = {"id", "catalog_number", "description", "serial", "lot", "expiry", "quantity", "status",
        "custodian_kind", "custodian_id", "custodian_name", "facility_id", "pending_transfer_id", "inactive_cause",
        "inactive_reason", "received_at", "udi", "tags"};

    private final CsvWriter csv;

    DeviceCsv(OutputStream out) {
        this.csv = CsvWriter.to(out, HEADER);
    }

    void write(DeviceRow r, CustodianView custodian) {
        csv.row(r.id(), r.catalogNumber(), r.description(), r.serial(), r.lot(), r.expiry(), r.quantity(),
                r.status(), r.custodianKind(), r.custodianId(), custodian.name(), r.facilityId(), r.pendingTransferId(),
                r.inactiveCause(), r.inactiveReason(), r.receivedAt(), r.udi() == null ? null : printable(r.udi()),
                String.join(",", r.tags()));
    }

    /** The FNC1 group separator of a raw UDI is unprintable in a spreadsheet; show it as GS1's own notation. */
    private static String printable(String udi) {
        return udi.replace("\u001d", "<GS>");
    }

    @Override
    public void close() {
        csv.close();
    }
}
