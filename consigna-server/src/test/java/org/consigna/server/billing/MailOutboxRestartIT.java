package org.consigna.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.server.ConsignaWar.Extra.MAIL_PROBE;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.consigna.server.Api;
import org.consigna.server.ConsignaWar;
import org.consigna.server.DeployedUrls;
import org.consigna.testsupport.KeycloakExtension;
import org.consigna.testsupport.Mailbox;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13: the outbox does not send twice after a restart. The server is really stopped and started again (Payara
 * Micro's Arquillian adapter runs one JVM per deployment: undeploy stops it, deploy starts a new one on another
 * port); the outbox rows wait in the tenant schema in PostgreSQL. Not an {@code IntegrationTest}: its deployment is
 * deployed by hand, so there is no URL to inject before the test runs ({@link DeployedUrls} has it after each deploy).
 */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
@RunAsClient
class MailOutboxRestartIT {

    private static final String SERVER = "restarting-server";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The first sweep of a started server comes after {@code consigna.mail.outbox.sweep-seconds} (30 s by default). */
    private static final Duration FIRST_SWEEP = Duration.ofSeconds(90);

    @Deployment(name = SERVER, managed = false, testable = false)
    static WebArchive server() {
        return ConsignaWar.with(MAIL_PROBE);
    }

    @ArquillianResource
    Deployer deployer;

    private final Mailbox mailbox = Mailbox.start();
    private URL running;

    @Test
    void mailsAStoppedServerLeftUnsentAreSentOnceByTheSweepOfTheNextStart() {
        Api api = start();
        Api.Tenant tenant = api.newTenant("mailrestart", "billing");
        String to = "restart@" + tenant.id() + ".test";
        mailbox.down();
        for (int i = 1; i <= 3; i++) {
            enqueue(api, tenant, to, "Invoice " + i);
        }
        awaitAttempted(api, tenant, 3);
        assertThat(outbox(api, tenant)).allSatisfy(row -> assertThat(row).containsEntry("sent", false)
                .extractingByKey("lastError").asString().contains("SMTP"));

        URL stopped = stop();
        assertThat(refusesConnections(stopped, WAIT)).as("the first server stopped").isTrue();
        api = start();
        tenant = new Api.Tenant(tenant.id(), Api.tokenOf(Api.adminEmail(tenant.id()), "openid organization"));
        List<Map<String, Object>> waiting = outbox(api, tenant);
        assertThat(waiting).as("the rows outlived the server").hasSize(3)
                .allSatisfy(row -> assertThat(row).containsEntry("sent", false));
        Map<Object, Object> attemptsBefore = waiting.stream().collect(Collectors.toMap(row -> row.get("id"), row -> row.get("attempts")));
        mailbox.up();

        // nothing but the new server's own sweep sends now: no test sweep, no new commit
        List<MimeMessage> received = mailbox.await(to, 3, FIRST_SWEEP);
        assertThat(received).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Invoice 1", "Invoice 2", "Invoice 3");
        assertThat(mailbox.await(to, 4, Duration.ofSeconds(3))).as("each mail arrives once").hasSize(3);
        assertThat(outbox(api, tenant)).hasSize(3).allSatisfy(row -> {
            assertThat(row).containsEntry("sent", true);
            assertThat(row.get("lastError")).isNull();
            assertThat(row.get("attempts")).as("one attempt after the restart: the one that sent it")
                    .isEqualTo((Integer) attemptsBefore.get(row.get("id")) + 1);
        });
    }

    @AfterEach
    void leaveNothingRunning() {
        mailbox.up();
        if (running != null) {
            stop();
        }
    }

    /** Starts a Payara Micro JVM with the war; a client of it as the operator. */
    private Api start() {
        deployer.deploy(SERVER);
        running = DeployedUrls.of(SERVER);
        return new Api(running);
    }

    /** Stops the JVM (the adapter ends the process); the URL it served. */
    private URL stop() {
        URL url = running;
        running = null;
        deployer.undeploy(SERVER);
        return url;
    }

    private static void enqueue(Api api, Api.Tenant tenant, String to, String subject) {
        api.as(tenant.adminToken()).body(Map.of("to", to, "subject", subject, "text", "Body of " + subject, "rollback", false))
                .post(tenant.path("mail-probe/mails")).then().statusCode(200);
    }

    private static List<Map<String, Object>> outbox(Api api, Api.Tenant tenant) {
        return api.as(tenant.adminToken()).get(tenant.path("mail-probe/outbox")).then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The after-commit sends run off the request: wait until each row has had its first (failed) attempt. */
    private static void awaitAttempted(Api api, Api.Tenant tenant, int rows) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> found = outbox(api, tenant);
            if (found.size() == rows && found.stream().allMatch(r -> ((Number) r.get("attempts")).intValue() >= 1)) {
                return;
            }
            sleep(Duration.ofMillis(200));
        }
    }

    /** True once nothing listens on the URL's port any more. */
    private static boolean refusesConnections(URL url, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 500);
            } catch (IOException refused) {
                return true;
            }
            sleep(Duration.ofMillis(200));
        }
        return false;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
