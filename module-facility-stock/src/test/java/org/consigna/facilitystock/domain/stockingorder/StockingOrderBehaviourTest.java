package org.consigna.facilitystock.domain.stockingorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.consigna.events.api.DeviceActions;
import org.consigna.events.api.DeviceFacts;
import org.consigna.events.api.DeviceState;
import org.consigna.events.api.EventFacts;
import org.consigna.events.api.LineFacts;
import org.junit.jupiter.api.Test;

class StockingOrderBehaviourTest {

    private final StockingOrderBehaviour behaviour = new StockingOrderBehaviour();
    private final UUID rep = UUID.randomUUID();
    private final UUID facility = UUID.randomUUID();
    private final EventFacts order = new EventFacts(UUID.randomUUID(), UUID.randomUUID(), "stocking-order", facility, rep,
            Set.of(rep), List.of(), "Sam Rep");

    private DeviceFacts device(UUID custodian, DeviceState state, UUID at) {
        return new DeviceFacts(UUID.randomUUID(), UUID.randomUUID(), "Knee implant (CAT-7) serial SN-1", custodian, state,
                at, true, 1, false, "Sue Stranger", DeviceFacts.CustodianKind.SALES, at == null ? null : "Mercy");
    }

    @Test
    void sellsActiveDevicesOfTheRepresentativesCustodyOnly() {
        assertThat(behaviour.eligibility(order, device(rep, DeviceState.ACTIVE, null)).eligible()).isTrue();
        assertThat(behaviour.eligibility(order, device(UUID.randomUUID(), DeviceState.ACTIVE, null)).reason())
                .contains("held by Sue Stranger").contains("custody of its representative, Sam Rep");
    }

    @Test
    void facilityStockIsNeverSoldAgain() {
        assertThat(behaviour.eligibility(order, device(rep, DeviceState.FACILITY_STOCK, facility)).reason())
                .isEqualTo("Facility stock is never sold again: Knee implant (CAT-7) serial SN-1 is already facility"
                        + " stock of Mercy");
        assertThat(behaviour.recordsSale(order)).isTrue();
    }

    @Test
    void submitSellsWhatIsNotSoldYetAndAnUnusedRemovalReturnsIt() {
        LineFacts fresh = new LineFacts(UUID.randomUUID(), device(rep, DeviceState.ACTIVE, null), 1, "used", false, false);
        LineFacts sold = new LineFacts(UUID.randomUUID(), device(rep, DeviceState.FACILITY_STOCK, facility), 1, "used",
                false, true);
        List<String> calls = new ArrayList<>();
        DeviceActions actions = new DeviceActions() {
            public void consume(LineFacts line) { calls.add("consume"); }
            public void reactivate(LineFacts line) { calls.add("reactivate"); }
            public void sellToFacility(LineFacts line) { calls.add("sell " + line.lineId()); }
            public void returnFromFacility(LineFacts line) { calls.add("return " + line.lineId()); }
            public void release(LineFacts line) { calls.add("release " + line.lineId()); }
        };
        behaviour.submit(order, List.of(fresh, sold), actions);
        behaviour.removeUnused(order, sold, actions);
        behaviour.removeUnused(order, fresh, actions);
        assertThat(calls).containsExactly("sell " + fresh.lineId(), "return " + sold.lineId(), "release " + fresh.lineId());
    }
}
