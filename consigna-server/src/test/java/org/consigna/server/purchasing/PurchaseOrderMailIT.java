package org.consigna.server.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.billing.MailFixtures;
import org.consigna.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §2: a vendor without an ordering connector gets the purchase order by e-mail through billing's mail outbox
 * (received by GreenMail), its CSV attached; without an address, or in a tenant without billing, a clear refusal.
 */
class PurchaseOrderMailIT extends IntegrationTest {

    private final Mailbox mailbox = Mailbox.start();

    @Test
    void aPurchaseOrderIsMailedToItsVendorWithItsCsv() throws Exception {
        Api.Tenant tenant = api.newTenant("purmail", "billing", "purchasing");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        String item = fx.countedItem(fx.productLine());
        String office = fx.office("Mail room");
        String vendor = fx.vendor("Mailed Supply", null);
        String vendorAddress = "orders@mailed-supply.test";
        fx.supplies(vendor, item, "MS-77", 3.5, true);
        String template = fx.template("Mail room");
        fx.templateLine(template, item, null, 2, 8);
        fx.recipient(office, template);
        String order = fx.order(fx.admin(), office, item).statusCode(201).extract().path("[0].id");

        api.as(fx.admin()).post(fx.purchasing("purchase-orders/" + order + "/email")).then().statusCode(200)
                .body("emailedTo", equalTo(vendorAddress));
        List<MimeMessage> received = mailbox.await(vendorAddress, 1, Duration.ofSeconds(30));
        String number = String.valueOf(fx.purchaseOrder(order).get("number"));
        assertThat(received.get(0).getSubject()).contains("Purchase order " + number);
        String csv = new String(MailFixtures.attachment(received.get(0), "purchase-order-" + number + ".csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("po_number,line,part_number").contains(number + ",1,MS-77," + item + ",8,0");

        String bare = fx.vendor("Silent Supply", null);
        api.as(fx.admin()).body(Map.of("name", "Silent Supply", "active", true)).put(fx.purchasing("vendors/" + bare)).then()
                .statusCode(200);
        fx.supplies(bare, item, "SS-1", 3.0, true);
        String second = fx.countedItem(fx.productLine());
        fx.supplies(bare, second, "SS-2", 1.0, true);
        fx.templateLine(template, second, null, 1, 2);
        String silentOrder = fx.order(fx.admin(), office, second).statusCode(201).extract().path("[0].id");
        api.as(fx.admin()).post(fx.purchasing("purchase-orders/" + silentOrder + "/email")).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("urn:consigna:problem:no-vendor-email"));
        api.as(fx.admin()).body(Map.of("to", "buyer-desk@silent.test")).post(fx.purchasing("purchase-orders/" + silentOrder + "/email"))
                .then().statusCode(200).body("emailedTo", equalTo("buyer-desk@silent.test"));
        assertThat(mailbox.await("buyer-desk@silent.test", 1, Duration.ofSeconds(30))).hasSize(1);

        Api.Tenant plain = api.newTenant("purnomail", "purchasing");
        PurchasingFixtures px = new PurchasingFixtures(api, plain);
        String plainItem = px.countedItem(px.productLine());
        String plainOffice = px.office("Plain office");
        String plainVendor = px.vendor("Plain Supply", null);
        px.supplies(plainVendor, plainItem, "PS-1", 1.0, true);
        String plainTemplate = px.template("Plain");
        px.templateLine(plainTemplate, plainItem, null, 1, 2);
        px.recipient(plainOffice, plainTemplate);
        String plainOrder = px.order(px.admin(), plainOffice, plainItem).statusCode(201).extract().path("[0].id");
        api.as(px.admin()).post(px.purchasing("purchase-orders/" + plainOrder + "/email")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:mail-needs-billing"));
    }
}
