package org.consigna.billing.domain.close;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A party signs with a drawn PNG (bounded) or a typed name, never neither nor both; refusals name the field. */
class SignatureTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    final UUID record = UUID.randomUUID();
    final UUID actor = UUID.randomUUID();
    final Instant now = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aDrawnPngIsKeptAsItsBytes() {
        Signature s = Signature.of(record, Party.REP, Base64.getEncoder().encodeToString(PNG), null, actor, now);
        assertThat(s.kind()).isEqualTo(SignatureKind.DRAWN);
        assertThat(s.image()).isEqualTo(PNG);
        assertThat(s.signedBy()).isEqualTo(actor);
        assertThat(s.signedAt()).isEqualTo(now);
    }

    @Test
    void aDataUrlPrefixIsAccepted() {
        Signature s = Signature.of(record, Party.REP, "data:image/png;base64," + Base64.getEncoder().encodeToString(PNG),
                null, actor, now);
        assertThat(s.image()).isEqualTo(PNG);
    }

    @Test
    void aTypedNameIsRecordedAsSuch() {
        Signature s = Signature.of(record, Party.PROVIDER, null, "  Dr. Miranda Bailey ", actor, now);
        assertThat(s.kind()).isEqualTo(SignatureKind.TYPED);
        assertThat(s.typedName()).isEqualTo("Dr. Miranda Bailey");
        assertThat(s.image()).isNull();
    }

    @Test
    void neitherIsA422NamingTheParty() {
        assertThatThrownBy(() -> Signature.of(record, Party.PROVIDER, " ", null, actor, now))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.toProblem().toString()).contains("signatures.provider").contains("signature-required");
                });
    }

    @Test
    void bothIsRefused() {
        assertThatThrownBy(() -> Signature.of(record, Party.REP, Base64.getEncoder().encodeToString(PNG), "Rep",
                actor, now)).isInstanceOf(ProblemException.class).hasMessageContaining("signatures.rep");
    }

    @Test
    void anImageThatIsNoPngIsRefused() {
        String gif = Base64.getEncoder().encodeToString("GIF89a-not-a-png".getBytes());
        assertThatThrownBy(() -> Signature.of(record, Party.REP, gif, null, actor, now))
                .isInstanceOf(ProblemException.class).hasMessageContaining("signatures.rep.drawn")
                .hasMessageContaining("PNG");
        assertThatThrownBy(() -> Signature.of(record, Party.REP, "%%%not base64", null, actor, now))
                .isInstanceOf(ProblemException.class).hasMessageContaining("base64");
    }

    @Test
    void anImageOverTheBoundIsRefused() {
        byte[] big = new byte[Signature.MAX_IMAGE_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        String encoded = Base64.getEncoder().encodeToString(big);
        assertThatThrownBy(() -> Signature.of(record, Party.REP, encoded, null, actor, now))
                .isInstanceOf(ProblemException.class).hasMessageContaining("200 KB");
        byte[] justFits = new byte[Signature.MAX_IMAGE_BYTES];
        System.arraycopy(PNG, 0, justFits, 0, PNG.length);
        assertThat(Signature.of(record, Party.REP, Base64.getEncoder().encodeToString(justFits), null, actor, now)
                .image()).hasSize(Signature.MAX_IMAGE_BYTES);
    }
}
