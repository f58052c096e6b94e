package org.consigna.purchasing.domain.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.consigna.purchasing.domain.replenishment.Need.Document;
import org.junit.jupiter.api.Test;

/** Golden cases of the replenishment formula: base - (on hand + in - out + on order + requested), below the minimum only. */
class NeedTest {

    private static final UUID RECIPIENT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID ITEM = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final LocalDate HORIZON = LocalDate.of(2026, 12, 31);

    private static Document doc(String type, long quantity) {
        return new Document(type, UUID.nameUUIDFromBytes((type + quantity).getBytes()), "#" + quantity, quantity);
    }

    private static Need need(int min, int base, long onHand, long expiring, List<Document> in, List<Document> out,
                             List<Document> orders, List<Document> requisitions) {
        return new Need(RECIPIENT, ITEM, min, base, onHand, expiring, HORIZON, in, out, orders, requisitions);
    }

    @Test
    void theFirstRunOfAnEmptyRecipientOrdersTheWholeBaseLevel() {
        Need first = need(5, 20, 0, 0, List.of(), List.of(), List.of(), List.of());
        assertThat(first.belowMinimum()).isTrue();
        assertThat(first.suggested()).isEqualTo(20);
        assertThat(first.explanation()).first().isEqualTo("0 on hand");
        assertThat(first.explanation()).last().isEqualTo("suggested 20 = 20 - (0 + 0 - 0 + 0 + 0)");
    }

    @Test
    void everyTermCounts() {
        Need n = need(10, 30, 4, 0, List.of(doc("transfer", 3)), List.of(doc("transfer", 1)), List.of(doc("purchase-order", 5)),
                List.of(doc("requisition", 2)));
        assertThat(n.suggested()).isEqualTo(30 - (4 + 3 - 1 + 5 + 2));
        assertThat(n.explanation()).contains("3 in transit to the recipient: transfer #3",
                "1 in transit away from the recipient: transfer #1", "5 on order, not yet received: purchase-order #5",
                "2 requested, not yet ordered: requisition #2", "suggested 17 = 30 - (4 + 3 - 1 + 5 + 2)");
    }

    @Test
    void atOrAboveTheMinimumNothingIsSuggestedEvenBelowBase() {
        assertThat(need(5, 20, 5, 0, List.of(), List.of(), List.of(), List.of()).suggested()).isZero();
        assertThat(need(5, 20, 12, 0, List.of(), List.of(), List.of(), List.of()).explanation()).last().isEqualTo("nothing suggested");
    }

    @Test
    void whatIsUnderWayCanCoverTheWholeNeed() {
        Need covered = need(5, 20, 2, 0, List.of(), List.of(), List.of(doc("purchase-order", 18)), List.of());
        assertThat(covered.belowMinimum()).isTrue();
        assertThat(covered.suggested()).isZero();
    }

    @Test
    void unitsExpiringWithinTheHorizonAreNotOnHand() {
        Need n = need(5, 20, 8, 6, List.of(), List.of(), List.of(), List.of());
        assertThat(n.counted()).isEqualTo(2);
        assertThat(n.belowMinimum()).isTrue();
        assertThat(n.suggested()).isEqualTo(18);
        assertThat(n.explanation()).first().isEqualTo("8 on hand, of which 6 expire by 2026-12-31 and are not counted (2 counted)");
    }

    @Test
    void theKeyChangesOnceAnOrderIsUnderWay() {
        Need before = need(5, 20, 0, 0, List.of(), List.of(), List.of(), List.of());
        Need again = need(5, 20, 0, 0, List.of(), List.of(), List.of(), List.of());
        Need after = need(5, 20, 0, 0, List.of(), List.of(), List.of(doc("purchase-order", 20)), List.of());
        assertThat(again.key()).isEqualTo(before.key());
        assertThat(after.key()).isNotEqualTo(before.key());
        assertThat(after.suggested()).isZero();
    }
}
