package org.consigna.billing.application.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.consigna.billing.domain.reminder.PoLink;
import org.consigna.billing.domain.reminder.PoLinkToken;
import org.consigna.billing.domain.reminder.PoReminderRepository;
import org.consigna.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed, expiring PO links: issued in the reminder's transaction, read back from their token. The secret comes from
 * {@code consigna.billing.po-link.secret}; without it a random one is made at start-up (links then die with the server).
 */
@ApplicationScoped
public class PoLinks {

    private static final Logger LOG = Logger.getLogger(PoLinks.class.getName());

    @Inject
    @ConfigProperty(name = "consigna.billing.po-link.secret")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "consigna.billing.po-link.valid-days", defaultValue = "14")
    int validDays;

    @Inject
    @ConfigProperty(name = "consigna.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    PoReminderRepository links;

    private byte[] secret;

    @PostConstruct
    void init() {
        if (configuredSecret.filter(s -> s.length() >= 32).isPresent()) {
            secret = configuredSecret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            LOG.warning("consigna.billing.po-link.secret is not set (or shorter than 32 characters): PO links are signed"
                    + " with a random key and stop working when the server restarts");
        }
    }

    /** A link for the event's buyer, written in the current transaction; its full URL. */
    public String issue(String tenantId, UUID eventId, String recipient, Instant now) {
        Instant expiresAt = now.plus(Duration.ofDays(validDays));
        PoLink link = new PoLink(UUID.randomUUID(), eventId, recipient, now, expiresAt, null, null);
        links.addLink(link);
        return url(new PoLinkToken(tenantId, link.id(), expiresAt).sign(secret));
    }

    public String url(String token) {
        return publicUrl.replaceAll("/+$", "") + "/api/public/billing/po-links/" + token;
    }

    public Instant expiresAt(Instant issuedAt) {
        return issuedAt.plus(Duration.ofDays(validDays));
    }

    /** The token's tenant and link, or the problem a buyer sees: 403 altered, 410 expired. */
    public PoLinkToken read(String token, Instant now) {
        PoLinkToken.Read read = PoLinkToken.read(token, secret, now);
        return read.token().orElseThrow(() -> read.refusal() == PoLinkToken.Refusal.EXPIRED
                ? new ProblemException(410, "po-link-expired", "Link expired",
                        "This PO link has expired; ask the sales representative for the PO entry")
                : new ProblemException(403, "po-link-invalid", "Link not valid",
                        "This PO link is not one the server issued (it may have been altered or cut short)"));
    }
}
