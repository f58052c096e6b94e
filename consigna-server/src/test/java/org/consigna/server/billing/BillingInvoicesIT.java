package org.consigna.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §8: entering a sale's PO number makes its invoice (numbered per tenant, with the sales order's lines, totals
 * and the PO), listed by number and exported as CSV; a closed event without PO has none.
 */
class BillingInvoicesIT extends IntegrationTest {

    @Test
    void thePoMakesTheInvoiceListedAndExportedAsCsv() {
        Api.Tenant tenant = api.newTenant("billinv", "billing");
        BillingFixtures fx = new BillingFixtures(api, tenant);
        Member rep = fx.member("sales");
        String item = fx.item(fx.productLine(), true);
        String mercy = fx.facility("Mercy");
        String first = fx.caseHolding(rep, mercy, fx.device(rep.id(), item), fx.device(rep.id(), item));
        String second = fx.caseHolding(rep, mercy, fx.device(rep.id(), item));
        String pending = fx.caseHolding(rep, mercy, fx.device(rep.id(), item));
        List.of(first, second, pending).forEach(e -> fx.closeTyped(rep.token(), e));

        api.as(rep.token()).get(fx.billing("invoices")).then().statusCode(200).body("items", hasSize(0));
        fx.po(rep.token(), first, "PO-A").statusCode(200).body("invoiceNumber", equalTo(1));
        fx.po(rep.token(), second, "=HYPERLINK(1)").statusCode(200).body("invoiceNumber", equalTo(2));
        fx.po(rep.token(), first, "PO-A").statusCode(200).body("invoiceNumber", equalTo(1));

        List<Map<String, Object>> invoices = api.as(rep.token()).get(fx.billing("invoices")).then().statusCode(200)
                .body("items.number", equalTo(List.of(1, 2))).body("items.eventId", equalTo(List.of(first, second)))
                .extract().path("items");
        assertThat(invoices.get(0)).containsEntry("poNumber", "PO-A").containsEntry("total", 251.0f)
                .containsEntry("currency", "USD").containsEntry("facilityId", mercy);
        assertThat((List<?>) invoices.get(0).get("lines")).hasSize(2);
        api.as(rep.token()).queryParam("limit", 1).get(fx.billing("invoices")).then().statusCode(200)
                .body("items.number", equalTo(List.of(1)));

        String csv = api.as(rep.token()).accept("text/csv").get(fx.billing("invoices.csv")).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).isEqualTo("invoice_number,event_id,facility_id,representative_id,po_number,currency,line,"
                + "catalog_number,description,quantity,unit_price,line_total,invoice_total,created_at");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("1," + first + "," + mercy + "," + rep.id() + ",PO-A,USD,1,");
        assertThat(rows.get(3)).as("a PO a spreadsheet would run is defused").contains(",'=HYPERLINK(1),");
        assertThat(csv).doesNotContain(pending);
    }
}
