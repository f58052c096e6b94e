package org.consigna.billing.domain.close;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invoices, numbered by the tenant's sequence. */
public interface InvoiceRepository {

    long nextNumber();

    void add(Invoice invoice, List<InvoiceLine> lines);

    Optional<Invoice> ofRecord(UUID recordId);

    /** By number, after {@code afterNumber} (null: from the first). */
    List<Invoice> page(Long afterNumber, int limit);

    List<InvoiceLine> lines(UUID invoiceId);
}
