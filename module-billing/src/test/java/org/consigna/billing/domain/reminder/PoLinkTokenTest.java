package org.consigna.billing.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PoLinkTokenTest {

    private static final byte[] SECRET = "a server secret of at least 32 characters".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final PoLinkToken token = new PoLinkToken("acme", UUID.randomUUID(), NOW.plusSeconds(3600));

    @Test
    void aSignedTokenReadsBackUntilItExpires() {
        assertThat(PoLinkToken.read(token.sign(SECRET), SECRET, NOW).token()).contains(token);
        assertThat(PoLinkToken.read(token.sign(SECRET), SECRET, NOW.plusSeconds(3600)).refusal())
                .isEqualTo(PoLinkToken.Refusal.EXPIRED);
    }

    @Test
    void anAlteredTokenIsRefused() {
        String signed = token.sign(SECRET);
        String otherTenant = new PoLinkToken("other", token.linkId(), token.expiresAt()).sign(SECRET);
        String forged = otherTenant.substring(0, otherTenant.indexOf('.')) + signed.substring(signed.indexOf('.'));
        String longer = new PoLinkToken("acme", token.linkId(), NOW.plusSeconds(999_999)).sign("another secret".getBytes());
        assertThat(PoLinkToken.read(forged, SECRET, NOW).refusal()).isEqualTo(PoLinkToken.Refusal.ALTERED);
        assertThat(PoLinkToken.read(longer, SECRET, NOW).refusal()).isEqualTo(PoLinkToken.Refusal.ALTERED);
        assertThat(PoLinkToken.read(signed.substring(0, signed.length() - 2), SECRET, NOW).refusal())
                .isEqualTo(PoLinkToken.Refusal.ALTERED);
        assertThat(PoLinkToken.read("nonsense", SECRET, NOW).refusal()).isEqualTo(PoLinkToken.Refusal.ALTERED);
        assertThat(PoLinkToken.read("a.b.c", SECRET, NOW).refusal()).isEqualTo(PoLinkToken.Refusal.ALTERED);
    }
}
