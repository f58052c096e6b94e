package org.consigna.inventory.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.consigna.inventory.domain.custody.Custodian;
import org.junit.jupiter.api.Test;

class TransferTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final Custodian sender = Custodian.member(UUID.randomUUID());
    private final Custodian receiver = Custodian.location(UUID.randomUUID());

    private Transfer transferOf(int lines) {
        Transfer transfer = new Transfer(sender, receiver, null, UUID.randomUUID(), NOW);
        for (int i = 0; i < lines; i++) {
            transfer.add(UUID.randomUUID(), 1);
        }
        return transfer;
    }

    @Test
    void acceptingSomeLinesRejectsTheRest() {
        Transfer transfer = transferOf(3);
        TransferLine kept = transfer.lines().get(1);

        List<TransferLine> accepted = transfer.accept(Set.of(kept.id()), UUID.randomUUID(), "two were missing", NOW);

        assertThat(accepted).containsExactly(kept);
        assertThat(transfer.status()).isEqualTo(TransferStatus.PARTIALLY_ACCEPTED);
        assertThat(transfer.lines()).extracting(TransferLine::status)
                .containsExactly(LineStatus.REJECTED, LineStatus.ACCEPTED, LineStatus.REJECTED);
    }

    @Test
    void acceptingAllOrNoneIsAcceptedOrRejected() {
        Transfer all = transferOf(2);
        all.accept(null, UUID.randomUUID(), null, NOW);
        assertThat(all.status()).isEqualTo(TransferStatus.ACCEPTED);

        Transfer none = transferOf(2);
        none.accept(Set.of(), UUID.randomUUID(), null, NOW);
        assertThat(none.status()).isEqualTo(TransferStatus.REJECTED);
    }

    @Test
    void aDecidedTransferIsNeverDecidedAgain() {
        Transfer transfer = transferOf(1);
        transfer.cancel(UUID.randomUUID(), null, NOW);

        assertThatThrownBy(() -> transfer.accept(null, UUID.randomUUID(), null, NOW))
                .hasMessageContaining("already cancelled");
        assertThatThrownBy(() -> transfer.reject(UUID.randomUUID(), null, NOW)).hasMessageContaining("already cancelled");
    }

    @Test
    void unknownLinesAndSendingToOneselfAreRefused() {
        Transfer transfer = transferOf(1);
        assertThatThrownBy(() -> transfer.accept(Set.of(UUID.randomUUID()), UUID.randomUUID(), null, NOW))
                .hasMessageContaining("has no line");
        assertThat(transfer.status()).isEqualTo(TransferStatus.PENDING);
        assertThatThrownBy(() -> new Transfer(sender, sender, null, UUID.randomUUID(), NOW))
                .hasMessageContaining("another custodian");
    }
}
