package org.consigna.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.consigna.testsupport.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §4: with a facility's switch on, its billing contact is reminded of a missing PO number 7 days after the
 * close and every 7 days after, until the PO is entered; sweeps claim due rows with FOR UPDATE SKIP LOCKED, so
 * sweeps racing send each reminder once. Time moves with the operator's test clock.
 */
class PoReminderIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration DAY = Duration.ofDays(1);

    private final Mailbox mailbox = Mailbox.start();

    class Scene {
        final Api.Tenant tenant = api.newTenant("billrem", "billing", "facility-stock");
        final BillingFixtures fx = new BillingFixtures(api, tenant);
        final MailFixtures mail = new MailFixtures(api, fx);
        final Member rep = fx.member("sales");
        final String item = fx.item(fx.productLine(), true);

        String closedCase(String facility) {
            String event = fx.caseHolding(rep, facility, fx.device(rep.id(), item));
            fx.closeTyped(rep.token(), event);
            return event;
        }
    }

    @AfterEach
    void realTime() {
        new MailFixtures(api, null).clock(Instant.now());
    }

    @Test
    void theBillingContactIsRemindedAWeekAfterClosingAndEveryWeekUntilThePoIsEntered() throws Exception {
        Scene s = new Scene();
        String buyer = "buyer@" + s.tenant.id() + ".test";
        String mercy = s.mail.facilityWithBillingContact("Mercy Hospital", buyer);
        api.as(s.rep.token()).body(Map.of("enabled", true)).put(s.fx.billing("facilities/" + mercy + "/po-reminders"))
                .then().statusCode(403).contentType("application/problem+json");
        s.mail.reminders(mercy, true);
        api.as(s.rep.token()).get(s.fx.billing("facilities/" + mercy + "/po-reminders")).then().statusCode(200)
                .body("enabled", equalTo(true));
        Instant closed = Instant.now();
        String event = s.closedCase(mercy);

        s.mail.clock(closed.plus(DAY.multipliedBy(6)));
        s.mail.sweep();
        assertThat(mailbox.await(buyer, 1, Duration.ofSeconds(3))).as("not due before 7 days").isEmpty();

        s.mail.clock(closed.plus(DAY.multipliedBy(7)).plusSeconds(3600));
        s.mail.sweep();
        List<MimeMessage> first = mailbox.await(buyer, 1, WAIT);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).getSubject()).contains("PO number needed", "Mercy Hospital");
        assertThat(String.valueOf(first.get(0).getContent())).contains("Reminder 1", "/api/public/billing/po-links/");
        s.mail.sweep();
        assertThat(mailbox.await(buyer, 2, Duration.ofSeconds(3))).as("once per week").hasSize(1);

        s.mail.clock(closed.plus(DAY.multipliedBy(14)).plusSeconds(7200));
        s.mail.sweep();
        List<MimeMessage> second = mailbox.await(buyer, 2, WAIT);
        assertThat(second).hasSize(2);
        assertThat(String.valueOf(second.get(1).getContent())).contains("Reminder 2");

        s.fx.po(s.rep.token(), event, "PO-42").statusCode(200);
        s.mail.clock(closed.plus(DAY.multipliedBy(21)).plusSeconds(10800));
        s.mail.sweep();
        assertThat(mailbox.await(buyer, 3, Duration.ofSeconds(3))).as("none after the PO").hasSize(2);
    }

    @Test
    void aFacilityWithTheSwitchOffGetsNoReminder() {
        Scene s = new Scene();
        String buyer = "quiet@" + s.tenant.id() + ".test";
        String quiet = s.mail.facilityWithBillingContact("Quiet Clinic", buyer);
        api.as(s.fx.admin()).get(s.fx.billing("facilities/" + quiet + "/po-reminders")).then().statusCode(200)
                .body("enabled", equalTo(false));
        Instant closed = Instant.now();
        s.closedCase(quiet);
        s.mail.clock(closed.plus(DAY.multipliedBy(8)));
        s.mail.sweep();
        assertThat(mailbox.await(buyer, 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void sweepsRacingSendEachDueReminderOnce() throws Exception {
        Scene s = new Scene();
        String buyer = "race@" + s.tenant.id() + ".test";
        String facility = s.mail.facilityWithBillingContact("Race Hospital", buyer);
        s.mail.reminders(facility, true);
        Instant closed = Instant.now();
        for (int i = 0; i < 5; i++) {
            s.closedCase(facility);
        }
        s.mail.clock(closed.plus(DAY.multipliedBy(7)).plusSeconds(3600));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sweeps.add(pool.submit(s.mail::sweep));
            }
            for (Future<Integer> sweep : sweeps) {
                sweep.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(mailbox.await(buyer, 5, WAIT)).hasSize(5);
        assertThat(mailbox.await(buyer, 6, Duration.ofSeconds(3))).as("each reminder once").hasSize(5);
    }
}
