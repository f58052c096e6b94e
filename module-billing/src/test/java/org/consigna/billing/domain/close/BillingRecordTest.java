package org.consigna.billing.domain.close;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.billing.domain.price.PriceSource;
import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Line totals from the rounded unit price, overrides with a reason, PO rules of a closed record, voiding. */
class BillingRecordTest {

    final UUID actor = UUID.randomUUID();
    final Instant now = Instant.parse("2026-03-02T10:00:00Z");

    BillingRecord record(boolean sale) {
        return new BillingRecord(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), UUID.randomUUID(), sale,
                "USD", actor, now);
    }

    BillingLine line(BillingRecord record, UUID item, int quantity, String price) {
        return new BillingLine(record.id(), 1, UUID.randomUUID(), item, "CAT-1", "Stent", quantity,
                new BigDecimal(price), PriceSource.LIST_PRICE, null);
    }

    @Test
    void theLineTotalIsTheRoundedUnitPriceTimesTheQuantity() {
        BillingLine line = line(record(true), UUID.randomUUID(), 3, "33.33");
        assertThat(line.lineTotal()).isEqualByComparingTo("99.99");
    }

    @Test
    void anOverrideNeedsAReasonAndKeepsWhoWhenWhy() {
        BillingRecord record = record(true);
        BillingLine line = line(record, UUID.randomUUID(), 2, "10.00");
        assertThatThrownBy(() -> line.override(new BigDecimal("8.00"), " ", actor, now))
                .isInstanceOf(ProblemException.class).hasMessageContaining("reason");
        assertThat(line.unitPrice()).isEqualByComparingTo("10.00");
        line.override(new BigDecimal("8.25"), "contract discount", actor, now);
        assertThat(line.lineTotal()).isEqualByComparingTo("16.50");
        assertThat(line.overridden()).isTrue();
        assertThat(line.overriddenBy()).isEqualTo(actor);
        assertThat(line.overrideReason()).isEqualTo("contract discount");
    }

    @Test
    void aPoCompletesASaleOnceTheSameNumberChangesNothingAndAnotherNeedsAnAdmin() {
        BillingRecord record = record(true);
        assertThat(record.enterPo("PO-1", actor, false, now)).isEqualTo(BillingRecord.PoOutcome.ENTERED);
        assertThat(record.status()).isEqualTo(BillingStatus.COMPLETED);
        assertThat(record.enterPo("PO-1", actor, false, now)).isEqualTo(BillingRecord.PoOutcome.UNCHANGED);
        assertThatThrownBy(() -> record.enterPo("PO-2", actor, false, now))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409))
                .hasMessageContaining("PO-1");
        assertThat(record.poNumber()).isEqualTo("PO-1");
        assertThat(record.enterPo("PO-2", actor, true, now)).isEqualTo(BillingRecord.PoOutcome.CORRECTED);
        assertThat(record.poNumber()).isEqualTo("PO-2");
    }

    @Test
    void aNonSaleCaseTakesNoPo() {
        BillingRecord record = record(false);
        assertThatThrownBy(() -> record.enterPo("PO-1", actor, false, now)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("non-sale");
        assertThat(record.status()).isEqualTo(BillingStatus.CLOSED);
    }

    @Test
    void pricesAreLockedOnceCompletedAndAVoidedRecordTakesNoPo() {
        BillingRecord completed = record(true);
        completed.requirePricesOpen();
        completed.enterPo("PO-9", actor, false, now);
        assertThatThrownBy(completed::requirePricesOpen).isInstanceOf(ProblemException.class);
        BillingRecord voided = record(true);
        voided.voidBy(actor, now);
        assertThat(voided.status()).isEqualTo(BillingStatus.VOIDED);
        assertThatThrownBy(() -> voided.enterPo("PO-1", actor, false, now)).isInstanceOf(ProblemException.class);
    }

    @Test
    void poLinesAreComparedByItemQuantityAndPrice() {
        BillingRecord record = record(true);
        UUID stent = UUID.randomUUID();
        UUID screw = UUID.randomUUID();
        UUID extra = UUID.randomUUID();
        List<BillingLine> order = List.of(line(record, stent, 1, "100.00"), line(record, stent, 1, "100.00"),
                line(record, screw, 1, "20.00"));
        List<PoDifference> same = PoComparison.compare(record, "PO", order, List.of(
                new PoComparison.PoLine(stent, 2, new BigDecimal("100")), new PoComparison.PoLine(screw, 1, null)), now);
        assertThat(same).isEmpty();
        List<PoDifference> differ = PoComparison.compare(record, "PO", order, List.of(
                new PoComparison.PoLine(stent, 1, new BigDecimal("90.00")), new PoComparison.PoLine(extra, 1, null)), now);
        assertThat(differ).extracting(PoDifference::kind).containsExactly(PoDifference.Kind.QUANTITY,
                PoDifference.Kind.PRICE, PoDifference.Kind.MISSING, PoDifference.Kind.EXTRA);
        assertThat(differ.get(0).orderQuantity()).isEqualTo(2);
        assertThat(differ.get(0).poQuantity()).isEqualTo(1);
        assertThat(differ.get(1).poPrice()).isEqualByComparingTo("90");
    }
}
