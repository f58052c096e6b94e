package org.consigna.billing.domain.close;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * One party's signature on a billing record: a drawn PNG (size-bounded) or a typed full name, with who captured it and
 * when. Never changed; a reopen voids the record it belongs to.
 */
@Entity
@Table(name = "billing_signature")
public class Signature {

    /** A drawn signature is a small image; more is not a signature. */
    public static final int MAX_IMAGE_BYTES = 200 * 1024;

    public static final int MAX_NAME = 200;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Id
    private UUID id;

    @Column(name = "record_id")
    private UUID recordId;

    private Party party;

    private SignatureKind kind;

    private byte[] image;

    @Column(name = "typed_name")
    private String typedName;

    @Column(name = "signed_by")
    private UUID signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected Signature() {
    }

    private Signature(UUID recordId, Party party, SignatureKind kind, byte[] image, String typedName, UUID signedBy,
                      Instant now) {
        this.id = UUID.randomUUID();
        this.recordId = recordId;
        this.party = party;
        this.kind = kind;
        this.image = image;
        this.typedName = typedName;
        this.signedBy = signedBy;
        this.signedAt = now;
    }

    /**
     * The party's signature from what the client sent: exactly one of a base64 PNG ({@code drawn}) or a typed full
     * name. Anything else is a 422 naming the field ({@code signatures.rep.drawn}, ...).
     */
    public static Signature of(UUID recordId, Party party, String drawn, String typedName, UUID signedBy, Instant now) {
        String field = "signatures." + party.wire();
        boolean hasDrawn = drawn != null && !drawn.isBlank();
        boolean hasTyped = typedName != null && !typedName.isBlank();
        if (!hasDrawn && !hasTyped) {
            throw refused(field, "signature-required", "Signature required", "The " + who(party) + " must sign:"
                    + " send a drawn signature or their typed full name; nothing was changed");
        }
        if (hasDrawn && hasTyped) {
            throw refused(field, "signature-ambiguous", "One signature per party", "The " + who(party)
                    + " has both a drawn signature and a typed name; send one of them");
        }
        if (hasTyped) {
            String name = typedName.strip();
            if (name.length() > MAX_NAME) {
                throw refused(field + ".typedName", "invalid-signature", "Invalid signature",
                        "A typed name is at most " + MAX_NAME + " characters");
            }
            return new Signature(recordId, party, SignatureKind.TYPED, null, name, signedBy, now);
        }
        return new Signature(recordId, party, SignatureKind.DRAWN, png(field + ".drawn", drawn), null, signedBy, now);
    }

    private static byte[] png(String field, String base64) {
        if (base64.length() > (MAX_IMAGE_BYTES / 3 + 1) * 4 + 64) {
            throw tooLarge(field);
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64.replaceFirst("^data:image/png;base64,", ""));
        } catch (IllegalArgumentException e) {
            throw refused(field, "invalid-signature", "Invalid signature", "A drawn signature is a base64 PNG image");
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            throw tooLarge(field);
        }
        if (bytes.length <= PNG_MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, PNG_MAGIC.length), PNG_MAGIC)) {
            throw refused(field, "invalid-signature", "Invalid signature", "A drawn signature must be a PNG image");
        }
        return bytes;
    }

    private static ProblemException tooLarge(String field) {
        return refused(field, "invalid-signature", "Invalid signature", "A drawn signature is at most "
                + MAX_IMAGE_BYTES / 1024 + " KB");
    }

    private static String who(Party party) {
        return party == Party.REP ? "sales representative" : "provider representative";
    }

    private static ProblemException refused(String field, String type, String title, String detail) {
        return new ProblemException(422, type, title, field + ": " + detail, Map.of("field", field));
    }

    public UUID id() {
        return id;
    }

    public UUID recordId() {
        return recordId;
    }

    public Party party() {
        return party;
    }

    public SignatureKind kind() {
        return kind;
    }

    public byte[] image() {
        return image == null ? null : image.clone();
    }

    public String typedName() {
        return typedName;
    }

    public UUID signedBy() {
        return signedBy;
    }

    public Instant signedAt() {
        return signedAt;
    }
}
