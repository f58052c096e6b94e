package org.consigna.facilitystock.domain.stockingorder;

import java.util.List;
import org.consigna.events.api.DeviceActions;
import org.consigna.events.api.DeviceFacts;
import org.consigna.events.api.DeviceState;
import org.consigna.events.api.Eligibility;
import org.consigna.events.api.EventBehaviour;
import org.consigna.events.api.EventFacts;
import org.consigna.events.api.LineFacts;

/**
 * A stocking order sells the representative's active devices to the event's facility outright: on submit they
 * become facility stock there (custody kept by the selling custodian). Facility stock is never sold again. A device
 * given back unused from a reopened order is consigned stock of its custodian again.
 */
public class StockingOrderBehaviour implements EventBehaviour {

    public static final String ID = "stocking-order";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Stocking order";
    }

    @Override
    public Eligibility eligibility(EventFacts event, DeviceFacts device) {
        if (device.state() == DeviceState.FACILITY_STOCK) {
            return Eligibility.refused("Facility stock is never sold again: " + device.description()
                    + " is already facility stock of " + device.facilityName());
        }
        if (device.state() != DeviceState.ACTIVE) {
            return Eligibility.refused("A stocking order sells active devices only: " + device.description()
                    + " is not active");
        }
        if (!event.representativeCustody().contains(device.custodianId())) {
            return Eligibility.refused(device.description() + " is held by " + device.custodianName()
                    + ": a stocking order sells only inventory in the custody of its representative, "
                    + event.representativeName() + ", or of anyone they share inventory with");
        }
        return Eligibility.ok();
    }

    @Override
    public void submit(EventFacts event, List<LineFacts> lines, DeviceActions devices) {
        lines.stream().filter(line -> !line.soldToFacility()).forEach(devices::sellToFacility);
    }

    @Override
    public void removeUnused(EventFacts event, LineFacts line, DeviceActions devices) {
        if (line.soldToFacility()) {
            devices.returnFromFacility(line);
        } else {
            devices.release(line);
        }
    }

    @Override
    public boolean recordsSale(EventFacts event) {
        return true;
    }

    @Override
    public boolean billingByDefault() {
        return true;
    }
}
