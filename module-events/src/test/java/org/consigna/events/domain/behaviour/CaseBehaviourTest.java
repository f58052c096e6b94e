package org.consigna.events.domain.behaviour;

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

class CaseBehaviourTest {

    private final CaseBehaviour behaviour = new CaseBehaviour();
    private final UUID rep = UUID.randomUUID();
    private final UUID distributor = UUID.randomUUID();
    private final UUID facility = UUID.randomUUID();

    private DeviceFacts device(UUID custodian, DeviceState state, UUID at, boolean singleUse) {
        DeviceFacts.CustodianKind kind = custodian.equals(distributor) ? DeviceFacts.CustodianKind.DISTRIBUTOR
                : DeviceFacts.CustodianKind.SALES;
        return new DeviceFacts(UUID.randomUUID(), UUID.randomUUID(), "Knee implant (CAT-7) serial SN-1", custodian, state,
                at, singleUse, 1, false, custodian.equals(rep) ? "Sam Rep" : custodian.equals(distributor) ? "Dee Dist"
                : "Sue Stranger", kind, at == null ? null : at.equals(facility) ? "Mercy" : "St Luke");
    }

    private EventFacts event(DeviceFacts... inEvent) {
        return new EventFacts(UUID.randomUUID(), UUID.randomUUID(), "case", facility, rep, Set.of(rep, distributor),
                List.of(inEvent), "Sam Rep");
    }

    @Test
    void takesDevicesOfTheRepresentativeAndOfSharedCustodyOnly() {
        assertThat(behaviour.eligibility(event(), device(rep, DeviceState.ACTIVE, null, true)).eligible()).isTrue();
        assertThat(behaviour.eligibility(event(), device(distributor, DeviceState.ACTIVE, null, true)).eligible()).isTrue();
        assertThat(behaviour.eligibility(event(), device(UUID.randomUUID(), DeviceState.ACTIVE, null, true)).reason())
                .isEqualTo("Knee implant (CAT-7) serial SN-1 is held by Sue Stranger: it is not in the custody of the"
                        + " event's representative, Sam Rep, or of anyone they share inventory with");
    }

    @Test
    void facilityStockOnlyAtItsFacilityAndNeverMixedWithConsignedInventory() {
        DeviceFacts stockHere = device(rep, DeviceState.FACILITY_STOCK, facility, true);
        assertThat(behaviour.eligibility(event(), stockHere).eligible()).isTrue();
        assertThat(behaviour.eligibility(event(), device(rep, DeviceState.FACILITY_STOCK, UUID.randomUUID(), true)).reason())
                .isEqualTo("Facility stock is used only at its own facility: Knee implant (CAT-7) serial SN-1 is facility"
                        + " stock of St Luke, and this case is at another facility");
        assertThat(behaviour.eligibility(event(stockHere), device(rep, DeviceState.ACTIVE, null, true)).reason())
                .contains("may not mix");
        assertThat(behaviour.recordsSale(event(stockHere))).isFalse();
        assertThat(behaviour.recordsSale(event(device(rep, DeviceState.ACTIVE, null, true)))).isTrue();
    }

    @Test
    void facilityStockIsUsedBySellerOrBySalesUsersLinkedToTheSellingDistributorOnly() {
        assertThat(behaviour.eligibility(event(), device(distributor, DeviceState.FACILITY_STOCK, facility, true))
                .eligible()).as("a linked sales user uses the distributor's facility stock").isTrue();
        assertThat(behaviour.eligibility(event(), device(UUID.randomUUID(), DeviceState.FACILITY_STOCK, facility, true))
                .reason()).isEqualTo("Facility stock is used only by whoever sold it: Knee implant (CAT-7) serial SN-1 is"
                + " facility stock of Mercy, sold by Sue Stranger; only Sue Stranger may use it, not Sam Rep");

        // the distributor acting as representative: linked rep's custody is in scope, the rep's facility stock is not
        EventFacts distributorsCase = new EventFacts(UUID.randomUUID(), UUID.randomUUID(), "case", facility, distributor,
                Set.of(distributor, rep), List.of(), "Dee Dist");
        assertThat(behaviour.eligibility(distributorsCase, device(rep, DeviceState.ACTIVE, null, true)).eligible()).isTrue();
        assertThat(behaviour.eligibility(distributorsCase, device(rep, DeviceState.FACILITY_STOCK, facility, true)).reason())
                .contains("sold by Sam Rep; only Sam Rep may use it, not Dee Dist");
        assertThat(behaviour.eligibility(distributorsCase, device(distributor, DeviceState.FACILITY_STOCK, facility, true))
                .eligible()).isTrue();
    }

    @Test
    void aCaseUsingFacilityStockStaysANonSaleOnceItsDevicesAreConsumed() {
        assertThat(behaviour.recordsSale(event(device(rep, DeviceState.INACTIVE, facility, true)))).isFalse();
        assertThat(behaviour.recordsSale(event(device(rep, DeviceState.INACTIVE, null, true)))).isTrue();
        assertThat(behaviour.eligibility(event(device(rep, DeviceState.INACTIVE, facility, true)),
                device(rep, DeviceState.ACTIVE, null, true)).reason()).contains("may not mix");
    }

    @Test
    void submitConsumesSingleUseAndFacilityStockAndReleasesReusables() {
        LineFacts singleUse = line(device(rep, DeviceState.ACTIVE, null, true), false);
        LineFacts reusable = line(device(rep, DeviceState.ACTIVE, null, false), false);
        LineFacts alreadyConsumed = line(device(rep, DeviceState.INACTIVE, null, true), true);
        Recorder devices = new Recorder();
        behaviour.submit(event(), List.of(singleUse, reusable, alreadyConsumed), devices);
        assertThat(devices.calls).containsExactly("consume " + singleUse.lineId(), "release " + reusable.lineId());
    }

    @Test
    void givingBackUnusedReactivatesOnlyWhatWasConsumed() {
        LineFacts consumed = line(device(rep, DeviceState.INACTIVE, null, true), true);
        LineFacts notConsumed = line(device(rep, DeviceState.ACTIVE, null, false), false);
        Recorder devices = new Recorder();
        behaviour.removeUnused(event(), consumed, devices);
        behaviour.removeUnused(event(), notConsumed, devices);
        assertThat(devices.calls).containsExactly("reactivate " + consumed.lineId(), "release " + notConsumed.lineId());
    }

    private static LineFacts line(DeviceFacts device, boolean consumed) {
        return new LineFacts(UUID.randomUUID(), device, 1, "used", consumed, false);
    }

    static class Recorder implements DeviceActions {
        final List<String> calls = new ArrayList<>();

        @Override
        public void consume(LineFacts line) {
            calls.add("consume " + line.lineId());
        }

        @Override
        public void reactivate(LineFacts line) {
            calls.add("reactivate " + line.lineId());
        }

        @Override
        public void sellToFacility(LineFacts line) {
            calls.add("sell " + line.lineId());
        }

        @Override
        public void returnFromFacility(LineFacts line) {
            calls.add("return " + line.lineId());
        }

        @Override
        public void release(LineFacts line) {
            calls.add("release " + line.lineId());
        }
    }
}
