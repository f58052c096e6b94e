package org.consigna.billing.interfaces.rest.close;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.consigna.billing.domain.close.Invoice;
import org.consigna.billing.domain.close.InvoiceRepository;
import org.consigna.billing.interfaces.rest.close.BillingViews.InvoiceView;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.consigna.platform.web.CsvWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Invoice records, made when a sale's PO number is entered: listed by number and exported as CSV for the ERP. */
@Path("t/{tenant}/billing")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    /** An export larger than this is a job for paging, not one response. */
    static final int MAX_EXPORT = 10_000;

    private static final String[] HEADER = {"invoice_number", "event_id", "facility_id", "representative_id",
            "po_number", "currency", "line", "catalog_number", "description", "quantity", "unit_price", "line_total",
            "invoice_total", "created_at"};

    @Inject
    InvoiceRepository invoices;

    @Inject
    OneTransaction tx;

    @Operation(summary = "List invoices by number")
    @GET
    @Path("invoices")
    public Page<InvoiceView> list(@BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("invoices", 1);
        return tx.run(() -> Page.of(invoices.page(after == null ? null : after.number(0), page.fetchSize()), page,
                i -> Cursor.encode("invoices", i.number())).map(i -> InvoiceView.of(i, invoices.lines(i.id()))));
    }

    @Operation(summary = "Export invoices as CSV for the ERP, one row per invoice line")
    @APIResponseSchema(value = String.class, responseDescription = "The invoices as CSV, one row per line")
    @GET
    @Path("invoices.csv")
    @Produces("text/csv")
    public Response export() {
        String csv = tx.run(() -> {
            List<Object[]> rows = new ArrayList<>();
            for (Invoice i : invoices.page(null, MAX_EXPORT)) {
                invoices.lines(i.id()).forEach(l -> rows.add(new Object[] {i.number(), i.eventId(), i.facilityId(),
                        i.representativeId(), i.poNumber(), i.currency(), l.position(), l.catalogNumber(),
                        l.description(), l.quantity(), l.unitPrice(), l.lineTotal(), i.total(), i.createdAt()}));
            }
            return CsvWriter.of(HEADER, rows);
        });
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"invoices.csv\"").build();
    }
}
