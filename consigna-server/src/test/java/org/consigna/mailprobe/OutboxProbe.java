package org.consigna.mailprobe;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.consigna.billing.api.OutgoingMail;
import org.consigna.billing.application.mail.Outbox;
import org.consigna.billing.application.mail.OutboxSchedule;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.platform.tenant.TenantRef;

/** Drives {@link Outbox} and {@link OutboxSchedule} as billing's use cases will, inside a tenant member's request. */
@Path("t/{tenant}/mail-probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutboxProbe {

    @Inject
    Outbox outbox;

    @Inject
    OutboxSchedule schedule;

    @Inject
    OneTransaction oneTransaction;

    @Inject
    TenantContext tenants;

    @Inject
    EntityManager em;

    /** @param attachmentText when given, sent as {@code attachmentName} (text/plain); rollback: the transaction fails after enqueueing */
    public record Mail(String to, String subject, String text, String attachmentName, String attachmentText, boolean rollback) {
    }

    @POST
    @Path("mails")
    public Map<String, String> enqueue(Mail mail) {
        return oneTransaction.run(() -> {
            List<OutgoingMail.Attachment> files = mail.attachmentText() == null ? List.of()
                    : List.of(new OutgoingMail.Attachment(mail.attachmentName(), "text/plain",
                            mail.attachmentText().getBytes(StandardCharsets.UTF_8)));
            String id = outbox.enqueue(new OutgoingMail(mail.to(), mail.subject(), mail.text(), files)).toString();
            if (mail.rollback()) {
                throw ProblemException.conflict("probe-rollback", "The probe rolled back mail " + id);
            }
            return Map.of("id", id);
        });
    }

    /** Runs this tenant's sender that many times at once, as nodes racing on the same rows would. */
    @POST
    @Path("sweeps")
    public Map<String, Integer> sweeps(@QueryParam("parallel") int parallel) throws NamingException {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        TenantRef tenant = tenants.require();
        List<CompletableFuture<?>> runs = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            runs.add(executor.runAsync(() -> schedule.sendFor(tenant)));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        return Map.of("runs", parallel);
    }

    public record Row(String id, String to, int attempts, boolean sent, boolean abandoned, String lastError) {
    }

    @GET
    @Path("outbox")
    public List<Row> rows() {
        return oneTransaction.run(() -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement select = em.unwrap(Connection.class).prepareStatement("SELECT id, recipient, attempts,"
                    + " sent_at IS NOT NULL, abandoned_at IS NOT NULL, last_error FROM " + tenants.require().schema()
                    + ".mail_outbox ORDER BY created_at, id"); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getBoolean(5), rs.getString(6)));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        });
    }
}
