package org.consigna.inventory.domain.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.ledger.StockAccount;
import org.consigna.inventory.domain.ledger.EntryType;
import org.consigna.inventory.domain.ledger.Posting;
import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.consigna.inventory.domain.DeviceStatus;

class DeviceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final UUID item = UUID.randomUUID();
    private final Custodian rep = Custodian.member(UUID.randomUUID());
    private final Custodian warehouse = Custodian.location(UUID.randomUUID());

    private Device serialized() {
        return Device.receive(item, "SN-1", "L1", LocalDate.of(2030, 1, 1), 1, null, rep, NOW);
    }

    private Device lot(int quantity) {
        return Device.receive(item, null, "L9", null, quantity, null, warehouse, NOW);
    }

    private static String typeOf(Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            return e.toProblem().type();
        }
        return "accepted";
    }

    @Test
    void anInactiveDeviceRefusesEveryChangeNamingTheRule() {
        Device device = serialized();
        device.deactivate("dropped on the floor", UUID.randomUUID(), NOW);

        assertThat(typeOf(() -> device.holdFor(UUID.randomUUID(), 1, NOW))).isEqualTo("device-inactive");
        assertThat(typeOf(() -> device.adjust(-1, "lost", NOW))).isEqualTo("device-inactive");
        assertThat(typeOf(() -> device.consume("case", UUID.randomUUID(), NOW))).isEqualTo("device-inactive");
        assertThat(typeOf(() -> device.edit(null, null, NOW))).isEqualTo("device-inactive");
        assertThat(typeOf(() -> device.deactivate("again", UUID.randomUUID(), NOW))).isEqualTo("device-inactive");
        assertThat(typeOf(() -> device.changeFacility(UUID.randomUUID(), "sold", NOW))).isEqualTo("device-inactive");
        assertThatThrownBy(() -> device.adjust(-1, "lost", NOW)).hasMessageContaining("accepts only tags and notes");
    }

    @Test
    void aPartSetApartForATransferThatDidNotHappenGoesBackIntoItsLot() {
        Device whole = lot(10);
        UUID transfer = UUID.randomUUID();
        Device part = whole.holdFor(transfer, 3, NOW);
        part.release(transfer, NOW);

        Posting merged = part.mergeInto(whole, NOW).orElseThrow();

        assertThat(whole.quantity()).isEqualTo(10);
        assertThat(part.quantity()).isZero();
        assertThat(merged.type()).isEqualTo(EntryType.MERGED);
        assertThat(merged.deviceId()).isEqualTo(part.id());
        assertThat(merged.parentDeviceId()).isEqualTo(whole.id());
        assertThat(merged.quantity()).isEqualTo(3);
        assertThat(merged.movesBetweenBalances()).isFalse();
        assertThat(merged.target()).isEqualTo(whole.account());
        assertThat(merged.targetDelta()).isZero();
        assertThat(whole.holdFor(UUID.randomUUID(), 10, NOW)).isSameAs(whole);
    }

    @Test
    void aPartStaysOnItsOwnWhenItsLotHasMovedOn() {
        Device whole = lot(10);
        UUID transfer = UUID.randomUUID();
        Device part = whole.holdFor(transfer, 3, NOW);
        assertThat(part.mergeInto(whole, NOW)).as("still held by its transfer").isEmpty();
        part.release(transfer, NOW);

        Device elsewhere = lot(10);
        elsewhere.holdFor(UUID.randomUUID(), 10, NOW);
        assertThat(part.mergeInto(elsewhere, NOW)).as("the lot is in another pending transfer").isEmpty();

        whole.changeFacility(UUID.randomUUID(), "stocking order", NOW);
        assertThat(part.mergeInto(whole, NOW)).as("the lot became facility stock").isEmpty();
        assertThat(part.quantity()).isEqualTo(3);
        assertThat(whole.quantity()).isEqualTo(7);
    }

    @Test
    void aPartDoesNotGoBackToAnotherCustodiansLot() {
        Device whole = lot(10);
        UUID transfer = UUID.randomUUID();
        Device part = whole.holdFor(transfer, 3, NOW);
        part.release(transfer, NOW);
        whole.transferTo(rep, NOW);

        assertThat(part.mergeInto(whole, NOW)).isEmpty();
        assertThat(part.quantity()).isEqualTo(3);
    }

    @Test
    void onlyAConsumedDeviceComesBack() {
        Device consumed = serialized();
        consumed.consume("case 1", UUID.randomUUID(), NOW);
        Posting back = consumed.reactivate("removed unused", NOW);

        assertThat(consumed.status()).isEqualTo(DeviceStatus.ACTIVE);
        assertThat(back.type()).isEqualTo(EntryType.REACTIVATED);
        assertThat(back.targetDelta()).isEqualTo(1);

        Device deactivated = serialized();
        deactivated.deactivate("mistake", UUID.randomUUID(), NOW);
        assertThat(typeOf(() -> deactivated.reactivate("please", NOW))).isEqualTo("not-reactivatable");
        assertThat(typeOf(() -> serialized().reactivate("never used", NOW))).isEqualTo("not-reactivatable");
    }

    @Test
    void aPendingTransferHoldsTheDevice() {
        Device device = serialized();
        UUID transfer = UUID.randomUUID();
        device.holdFor(transfer, 1, NOW);

        assertThat(typeOf(() -> device.holdFor(UUID.randomUUID(), 1, NOW))).isEqualTo("device-in-pending-transfer");
        assertThat(typeOf(() -> device.consume("case", UUID.randomUUID(), NOW))).isEqualTo("device-in-pending-transfer");
        assertThat(typeOf(() -> device.adjust(-1, "lost", NOW))).isEqualTo("device-in-pending-transfer");

        device.release(transfer, NOW);
        assertThat(device.pendingTransferId()).isNull();
    }

    @Test
    void quantitiesNeverGoNegativeAndASerialHoldsOneUnit() {
        Device lot = lot(3);
        assertThat(typeOf(() -> lot.adjust(-4, "lost", NOW))).isEqualTo("negative-quantity");
        assertThat(lot.quantity()).isEqualTo(3);
        assertThat(lot.adjust(-3, "lost", NOW).targetDelta()).isEqualTo(-3);
        assertThat(typeOf(() -> lot.holdFor(UUID.randomUUID(), 1, NOW))).isEqualTo("nothing-on-hand");
        assertThat(typeOf(() -> serialized().adjust(1, "found", NOW))).isEqualTo("invalid-adjustment");
    }

    @Test
    void aWholeTransferMovesBetweenBalancesAndAPartSplitsOff() {
        Device whole = serialized();
        StockAccount before = whole.account();
        Posting moved = whole.transferTo(warehouse, NOW);
        assertThat(moved.source()).isEqualTo(before);
        assertThat(moved.target()).isEqualTo(whole.account());
        assertThat(moved.sourceDelta()).isEqualTo(-1);
        assertThat(moved.from()).isEqualTo(rep);

        Device lot = lot(10);
        Device part = lot.splitTo(rep, 4, NOW);
        Posting split = lot.splitPosting(EntryType.TRANSFERRED, part, null);
        assertThat(lot.quantity()).isEqualTo(6);
        assertThat(part.quantity()).isEqualTo(4);
        assertThat(part.custodian()).isEqualTo(rep);
        assertThat(split.deviceId()).isEqualTo(part.id());
        assertThat(split.parentDeviceId()).isEqualTo(lot.id());
        assertThat(split.source()).isEqualTo(lot.account());
        assertThat(split.target()).isEqualTo(part.account());
    }

    @Test
    void aTransferOfPartOfALotHoldsOnlyThatPartSetApartAtTheSameCustodian() {
        Device lot = lot(10);
        UUID transfer = UUID.randomUUID();
        Device travelling = lot.holdFor(transfer, 4, NOW);
        Posting split = lot.splitPosting(EntryType.SPLIT, travelling, "set apart");

        assertThat(travelling).isNotSameAs(lot);
        assertThat(travelling.quantity()).isEqualTo(4);
        assertThat(travelling.pendingTransferId()).isEqualTo(transfer);
        assertThat(travelling.custodian()).isEqualTo(lot.custodian());
        assertThat(lot.quantity()).isEqualTo(6);
        assertThat(lot.pendingTransferId()).isNull();
        lot.requireUsable(); // the rest stays free
        assertThat(split.source()).isEqualTo(split.target()).isEqualTo(lot.account());
        assertThat(split.sourceDelta() + split.targetDelta()).isZero();

        Device whole = lot(3);
        assertThat(whole.holdFor(transfer, 3, NOW)).isSameAs(whole);
        assertThat(whole.pendingTransferId()).isEqualTo(transfer);
    }

    @Test
    void aUsedPartOfALotBecomesAnInactiveDeviceAndLeavesTheBalance() {
        Device lot = lot(10);
        Device used = lot.consumePart(2, "case 7", UUID.randomUUID(), NOW);
        Posting posting = lot.splitPosting(EntryType.CONSUMED, used, "case 7");

        assertThat(used.status()).isEqualTo(DeviceStatus.INACTIVE);
        assertThat(used.inactiveCause()).isEqualTo(InactiveCause.CONSUMED);
        assertThat(lot.quantity()).isEqualTo(8);
        assertThat(posting.source()).isNull();
        assertThat(posting.target()).isEqualTo(lot.account());
        assertThat(posting.targetDelta()).isEqualTo(-2);
    }

    @Test
    void facilityStockMovesToTheFacilitysBalanceAndCannotBeTransferred() {
        Device device = serialized();
        UUID facility = UUID.randomUUID();
        Posting sold = device.changeFacility(facility, "stocking order", NOW);

        assertThat(device.status()).isEqualTo(DeviceStatus.FACILITY_STOCK);
        assertThat(sold.source().facilityId()).isNull();
        assertThat(sold.target().facilityId()).isEqualTo(facility);
        assertThat(typeOf(() -> device.holdFor(UUID.randomUUID(), 1, NOW))).isEqualTo("device-is-facility-stock");
        assertThat(typeOf(device::requireUsable)).isEqualTo("accepted");
    }
}
