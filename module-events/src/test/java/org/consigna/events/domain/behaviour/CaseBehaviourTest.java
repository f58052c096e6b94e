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
        return new DeviceFacts(UUID.randomUUID(), UUID.randomUUID(), "Knee implant (CAT-7) serial SN-1", custodian, state,
                at, singleUse, 1, false, custodian.equals(rep) ? "Sam Rep" : "Sue Stranger");
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
                .contains("another facility");
        assertThat(behaviour.eligibility(event(stockHere), device(rep, DeviceState.ACTIVE, null, true)).reason())
                .contains("may not mix");
        assertThat(behaviour.recordsSale(event(stockHere))).isFalse();
        assertThat(behaviour.recordsSale(event(device(rep, DeviceState.ACTIVE, null, true)))).isTrue();
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
