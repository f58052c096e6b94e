package org.consigna.billing.domain.reminder;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a PO link: which tenant's which link, until when, signed with HMAC-SHA256 under the server's secret.
 * Anything altered fails the signature; the link row (used or not) is the server's, not the token's.
 */
public record PoLinkToken(String tenantId, UUID linkId, Instant expiresAt) {

    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    /** Why a token is not accepted. */
    public enum Refusal {
        ALTERED, EXPIRED
    }

    /** The outcome of reading a token: the token, or why not. */
    public record Read(Optional<PoLinkToken> token, Refusal refusal) {
    }

    public String sign(byte[] secret) {
        String payload = ENCODE.encodeToString(String.join("|", VERSION, tenantId, linkId.toString(),
                Long.toString(expiresAt.getEpochSecond())).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODE.encodeToString(mac(secret, payload));
    }

    public static Read read(String token, byte[] secret, Instant now) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || token.length() > 512) {
            return new Read(Optional.empty(), Refusal.ALTERED);
        }
        String payload = token.substring(0, dot);
        byte[] signature;
        String[] parts;
        try {
            signature = DECODE.decode(token.substring(dot + 1));
            parts = new String(DECODE.decode(payload), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            return new Read(Optional.empty(), Refusal.ALTERED);
        }
        if (!MessageDigest.isEqual(signature, mac(secret, payload)) || parts.length != 4 || !VERSION.equals(parts[0])) {
            return new Read(Optional.empty(), Refusal.ALTERED);
        }
        PoLinkToken read;
        try {
            read = new PoLinkToken(parts[1], UUID.fromString(parts[2]), Instant.ofEpochSecond(Long.parseLong(parts[3])));
        } catch (IllegalArgumentException e) {
            return new Read(Optional.empty(), Refusal.ALTERED);
        }
        if (!now.isBefore(read.expiresAt())) {
            return new Read(Optional.empty(), Refusal.EXPIRED);
        }
        return new Read(Optional.of(read), null);
    }

    private static byte[] mac(byte[] secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
