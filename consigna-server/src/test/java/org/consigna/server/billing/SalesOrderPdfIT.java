package org.consigna.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.consigna.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §5: the sales order of a closed case as PDF (its text read back with PDFBox): devices with lot/serial and
 * prices, totals, facility with address, surgeon, rep, signatures, the patient id in full only for who may act on the
 * event; shared by e-mail (PDF attached, received by GreenMail) to the facility's first billing contact or another
 * address, each share logged and the most recent share time shown on the event's billing.
 */
class SalesOrderPdfIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Mailbox mailbox = Mailbox.start();

    class Scene {
        final Api.Tenant tenant = api.newTenant("billso", "billing", "facility-stock");
        final BillingFixtures fx = new BillingFixtures(api, tenant);
        final MailFixtures mail = new MailFixtures(api, fx);
        final Member rep = fx.member("sales");
        final String buyer = "buyer@" + tenant.id() + ".test";
        final String mercy = mail.facilityWithBillingContact("Mercy Hospital", buyer);
        final Map<String, Object> item = fx.inventory.item(fx.productLine(), "serial", true);
        final String serial = "SN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        final String event;

        Scene() {
            List<String> devices = fx.inventory.receiveSerials(rep.id(), (String) item.get("id"), serial, serial + "B");
            event = fx.caseHolding(rep, mercy, devices.toArray(String[]::new));
            fx.closeTyped(rep.token(), event);
        }

        byte[] pdf(String token) {
            return api.as(token).accept("application/pdf").get(fx.billing("events/" + event + "/sales-order.pdf")).then()
                    .statusCode(200).contentType("application/pdf").extract().asByteArray();
        }

        String shares() {
            return fx.billing("events/" + event + "/sales-order/shares");
        }
    }

    @Test
    void theSalesOrderPdfShowsTheCaseAndMasksThePatientForThoseWhoMayNotAct() {
        Scene s = new Scene();
        String text = MailFixtures.pdfText(s.pdf(s.rep.token()));
        assertThat(text).contains("Sales order", "Tenant " + s.tenant.id(), s.event, "Mercy Hospital", "1 Main Street",
                "62701 Springfield IL", "Bailey", "Sales rep", "Provider representative", "Sam Rep", "Dr. Provider",
                "typed name", (String) s.item.get("catalogNumber"), s.serial, s.serial + "B", "125.50", "251.00",
                "Total (USD)", "PO number", "pending", "MRN-7");

        Member stranger = s.fx.member("sales");
        String masked = MailFixtures.pdfText(s.pdf(stranger.token()));
        assertThat(masked).contains("RN-7", "Mercy Hospital", s.serial).doesNotContain("MRN-7");
    }

    @Test
    void sharingMailsThePdfToTheFirstBillingContactOrAGivenAddressAndLogsEachShare() throws Exception {
        Scene s = new Scene();
        String first = api.as(s.rep.token()).post(s.shares()).then().statusCode(201).body("to", equalTo(s.buyer))
                .extract().path("sharedAt");

        List<MimeMessage> received = mailbox.await(s.buyer, 1, WAIT);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("Sales order", "Tenant " + s.tenant.id());
        String attached = MailFixtures.pdfText(MailFixtures.attachment(received.get(0), "sales-order-" + s.event + ".pdf"));
        assertThat(attached).contains("Mercy Hospital", s.serial, "Total (USD)").doesNotContain("MRN-7");

        String other = "controller@" + s.tenant.id() + ".test";
        String second = api.as(s.rep.token()).body(Map.of("to", other)).post(s.shares()).then().statusCode(201)
                .body("to", equalTo(other)).extract().path("sharedAt");
        assertThat(mailbox.await(other, 1, WAIT)).hasSize(1);
        assertThat(mailbox.to(s.buyer)).hasSize(1);

        api.as(s.fx.admin()).get(s.shares()).then().statusCode(200).body("items", hasSize(2))
                .body("items.to", equalTo(List.of(s.buyer, other))).body("items[0].sharedAt", equalTo(first))
                .body("lastSharedAt", equalTo(second)).body("items[1].sharedBy", equalTo(s.rep.id()));
        s.fx.show(s.rep.token(), s.event).statusCode(200).body("lastSharedAt", equalTo(second));
    }

    @Test
    void aShareIsRefusedWithoutARecipientToAnInvalidAddressOrByWhoMayNotAct() {
        Scene s = new Scene();
        api.as(s.rep.token()).body(Map.of("to", "not an address")).post(s.shares()).then().statusCode(400)
                .contentType("application/problem+json");
        Member stranger = s.fx.member("sales");
        api.as(stranger.token()).post(s.shares()).then().statusCode(403).contentType("application/problem+json");

        String bare = s.fx.facility("No Contact Clinic");
        String event = s.fx.caseHolding(s.rep, bare, s.fx.device(s.rep.id(), (String) s.item.get("id")));
        s.fx.closeTyped(s.rep.token(), event);
        api.as(s.rep.token()).post(s.fx.billing("events/" + event + "/sales-order/shares")).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("urn:consigna:problem:no-billing-contact"));

        api.as(s.fx.admin()).get(s.shares()).then().statusCode(200).body("items", hasSize(0))
                .body("lastSharedAt", equalTo(null));
    }
}
