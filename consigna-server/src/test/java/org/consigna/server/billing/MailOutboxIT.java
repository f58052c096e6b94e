package org.consigna.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.server.ConsignaWar.Extra.MAIL_PROBE;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.DeployWith;
import org.consigna.server.IntegrationTest;
import org.consigna.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §6: billing's mails go through an outbox in the tenant schema, written in the business transaction, sent
 * after commit to a real SMTP server (GreenMail), retried with backoff when the server is down, never sent twice even
 * when senders race on the same rows (as two nodes, or a restarted node's sweep, would).
 */
@DeployWith(MAIL_PROBE)
class MailOutboxIT extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Mailbox mailbox = Mailbox.start();

    @Test
    void aCommittedMailArrivesOnceWithItsAttachment() throws Exception {
        Api.Tenant tenant = api.newTenant("mailout", "billing");
        String to = "buyer@" + tenant.id() + ".test";
        enqueue(tenant, mail(to, "Sales order 42", false, "so-42.txt", "devices used: 3"));

        List<MimeMessage> received = mailbox.await(to, 1, WAIT);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo("Sales order 42");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(((String) parts.getBodyPart(0).getContent()).trim()).isEqualTo("Body of Sales order 42");
        BodyPart file = parts.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("so-42.txt");
        assertThat(new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("devices used: 3");

        sweeps(tenant, 3);
        assertThat(mailbox.await(to, 2, Duration.ofSeconds(2))).hasSize(1);
        assertThat(outbox(tenant)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("sent", true).containsEntry("attempts", 1);
        });
    }

    @Test
    void aMailOfARolledBackChangeIsNeverSent() {
        Api.Tenant tenant = api.newTenant("mailrb", "billing");
        String to = "nobody@" + tenant.id() + ".test";
        api.as(tenant.adminToken()).body(mail(to, "Never", true, null, null)).post(tenant.path("mail-probe/mails"))
                .then().statusCode(409).contentType("application/problem+json");

        sweeps(tenant, 2);
        assertThat(mailbox.await(to, 1, Duration.ofSeconds(3))).isEmpty();
        assertThat(outbox(tenant)).isEmpty();
    }

    @Test
    void mailsWaitingWhileTheServerIsDownAreSentOnceByRacingSweeps() {
        Api.Tenant tenant = api.newTenant("maildown", "billing");
        String to = "later@" + tenant.id() + ".test";
        mailbox.down();
        try {
            for (int i = 1; i <= 5; i++) {
                enqueue(tenant, mail(to, "Reminder " + i, false, null, null));
            }
            awaitAttempted(tenant, 5);
            assertThat(outbox(tenant)).allSatisfy(row -> assertThat(row).containsEntry("sent", false)
                    .extractingByKey("lastError").asString().contains("SMTP"));
        } finally {
            mailbox.up();
        }
        sleep(Duration.ofSeconds(2)); // the first retry is due after CONSIGNA_MAIL_OUTBOX_RETRY_SECONDS (1 s in the ITs)

        sweeps(tenant, 4);

        List<MimeMessage> received = mailbox.await(to, 5, WAIT);
        assertThat(received).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Reminder 1", "Reminder 2", "Reminder 3", "Reminder 4", "Reminder 5");
        sweeps(tenant, 4);
        assertThat(mailbox.await(to, 6, Duration.ofSeconds(2))).hasSize(5);
        assertThat(outbox(tenant)).hasSize(5).allSatisfy(row -> {
            assertThat(row).containsEntry("sent", true);
            assertThat(row.get("lastError")).as("the error of the failed attempt is cleared once sent").isNull();
            assertThat((Integer) row.get("attempts")).isGreaterThanOrEqualTo(2);
        });
    }

    private static Map<String, Object> mail(String to, String subject, boolean rollback, String fileName, String fileText) {
        Map<String, Object> body = new HashMap<>(Map.of("to", to, "subject", subject, "text", "Body of " + subject, "rollback", rollback));
        if (fileName != null) {
            body.put("attachmentName", fileName);
            body.put("attachmentText", fileText);
        }
        return body;
    }

    private void enqueue(Api.Tenant tenant, Map<String, Object> mail) {
        api.as(tenant.adminToken()).body(mail).post(tenant.path("mail-probe/mails")).then().statusCode(200);
    }

    private void sweeps(Api.Tenant tenant, int parallel) {
        api.as(tenant.adminToken()).queryParam("parallel", parallel).post(tenant.path("mail-probe/sweeps")).then().statusCode(200);
    }

    private List<Map<String, Object>> outbox(Api.Tenant tenant) {
        return api.as(tenant.adminToken()).get(tenant.path("mail-probe/outbox")).then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The after-commit sends run off the request: wait until each row has had its first attempt. */
    private void awaitAttempted(Api.Tenant tenant, int rows) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> found = outbox(tenant);
            if (found.size() == rows && found.stream().allMatch(r -> ((Number) r.get("attempts")).intValue() >= 1)) {
                return;
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
