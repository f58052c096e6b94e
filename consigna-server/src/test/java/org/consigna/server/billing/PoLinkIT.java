package org.consigna.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.consigna.testsupport.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §9a: the reminder mail's signed, expiring link lets the hospital buyer, without an account, see the event,
 * download its sales order (patient id masked) and enter the PO number once, which completes the event; an altered
 * or expired link is refused with problem+json, and a used one stops working.
 */
class PoLinkIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration DAY = Duration.ofDays(1);

    private final Mailbox mailbox = Mailbox.start();

    class Scene {
        final Api.Tenant tenant = api.newTenant("billlink", "billing", "facility-stock");
        final BillingFixtures fx = new BillingFixtures(api, tenant);
        final MailFixtures mail = new MailFixtures(api, fx);
        final Member rep = fx.member("sales");
        final String item = fx.item(fx.productLine(), true);
        final String buyer = "buyer@" + tenant.id() + ".test";
        final String mercy = mail.facilityWithBillingContact("Mercy Hospital", buyer);
        final Instant closed = Instant.now();

        Scene() {
            mail.reminders(mercy, true);
        }

        String closedCase() {
            String event = fx.caseHolding(rep, mercy, fx.device(rep.id(), item));
            fx.closeTyped(rep.token(), event);
            return event;
        }

        /** The token of the n-th reminder mail's link, after sweeping at the clock. */
        String remindedLink(int nth, Instant at) throws Exception {
            mail.clock(at);
            mail.sweep();
            List<MimeMessage> received = mailbox.await(buyer, nth, WAIT);
            assertThat(received).hasSizeGreaterThanOrEqualTo(nth);
            return MailFixtures.linkToken(received.get(nth - 1));
        }
    }

    @AfterEach
    void realTime() {
        new MailFixtures(api, null).clock(Instant.now());
    }

    private static String link(String token) {
        return "public/billing/po-links/" + token;
    }

    @Test
    void theBuyerSeesTheOrderDownloadsItAndEntersThePoOnceWhichCompletesTheEvent() throws Exception {
        Scene s = new Scene();
        String event = s.closedCase();
        String token = s.remindedLink(1, s.closed.plus(DAY.multipliedBy(7)).plusSeconds(60));

        api.anonymous().get(link(token)).then().statusCode(200).body("eventId", equalTo(event))
                .body("facility", equalTo("Mercy Hospital")).body("status", equalTo("closed"))
                .body("total", equalTo(125.5f)).body("currency", equalTo("USD"));
        byte[] pdf = api.anonymous().accept("application/pdf").get(link(token) + "/sales-order.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(MailFixtures.pdfText(pdf)).contains("Sales order", "Mercy Hospital", event, "RN-7").doesNotContain("MRN-7");

        api.anonymous().body(Map.of("poNumber", "PO-777")).post(link(token) + "/po").then().statusCode(200)
                .body("status", equalTo("completed")).body("poNumber", equalTo("PO-777"));
        s.fx.show(s.rep.token(), event).statusCode(200).body("status", equalTo("completed"))
                .body("poNumber", equalTo("PO-777"));
        assertThat(s.fx.history(event)).filteredOn(h -> "po-entered".equals(h.get("action"))).singleElement()
                .satisfies(h -> {
                    assertThat(h.get("detail")).isEqualTo("PO PO-777");
                    assertThat(h.get("actorId")).as("no member entered it: the buyer's link").isNull();
                });

        api.anonymous().body(Map.of("poNumber", "PO-778")).post(link(token) + "/po").then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("urn:consigna:problem:po-link-used"));
        api.anonymous().get(link(token)).then().statusCode(410).contentType("application/problem+json");
        s.fx.show(s.rep.token(), event).statusCode(200).body("poNumber", equalTo("PO-777"));
    }

    @Test
    void anAlteredOrExpiredLinkIsRefusedAndReachesNothingElse() throws Exception {
        Scene s = new Scene();
        String event = s.closedCase();
        Instant reminded = s.closed.plus(DAY.multipliedBy(7)).plusSeconds(60);
        String token = s.remindedLink(1, reminded);

        String signature = token.substring(token.indexOf('.') + 1);
        String flipped = token.substring(0, token.indexOf('.') + 1) + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);
        api.anonymous().get(link(flipped)).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:po-link-invalid"));
        api.anonymous().body(Map.of("poNumber", "PO-1")).post(link(flipped) + "/po").then().statusCode(403)
                .contentType("application/problem+json");
        api.anonymous().get(link("not-a-token")).then().statusCode(403).contentType("application/problem+json");
        api.as(token).get(s.fx.billing("events/" + event)).then().statusCode(401);
        api.anonymous().get(s.tenant.path("billing/events/" + event)).then().statusCode(401);

        s.mail.clock(reminded.plus(DAY.multipliedBy(15)));
        api.anonymous().get(link(token)).then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:po-link-expired"));
        api.anonymous().body(Map.of("poNumber", "PO-1")).post(link(token) + "/po").then().statusCode(410)
                .contentType("application/problem+json");
        s.fx.show(s.rep.token(), event).statusCode(200).body("status", equalTo("closed")).body("poNumber", equalTo(null));
    }
}
