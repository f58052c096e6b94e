package org.consigna.events.domain.behaviour;

import java.util.List;
import org.consigna.events.api.DeviceActions;
import org.consigna.events.api.DeviceFacts;
import org.consigna.events.api.DeviceState;
import org.consigna.events.api.Eligibility;
import org.consigna.events.api.EventBehaviour;
import org.consigna.events.api.EventFacts;
import org.consigna.events.api.LineFacts;

/**
 * A surgical case: draws from the representative's custody (own or shared) or, without mixing
 * the two, from facility stock at the case's facility. On submit single-use devices and used
 * facility stock are consumed; reusable consigned devices go back to their custodian.
 */
public class CaseBehaviour implements EventBehaviour {

    public static final String ID = "case";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Case";
    }

    @Override
    public Eligibility eligibility(EventFacts event, DeviceFacts device) {
        if (!event.representativeCustody().contains(device.custodianId())) {
            return Eligibility.refused(device.description() + " is held by " + device.custodianName()
                    + ": it is not in the custody of the event's representative, " + event.representativeName()
                    + ", or of anyone they share inventory with");
        }
        boolean facilityStock = device.state() == DeviceState.FACILITY_STOCK;
        if (facilityStock && !device.facilityId().equals(event.facilityId())) {
            return Eligibility.refused(device.description() + " is facility stock of another facility");
        }
        boolean mixes = event.devices().stream()
                .anyMatch(other -> (other.state() == DeviceState.FACILITY_STOCK) != facilityStock);
        if (mixes) {
            return Eligibility.refused("A case may not mix facility stock with consigned inventory");
        }
        return Eligibility.ok();
    }

    @Override
    public void submit(EventFacts event, List<LineFacts> lines, DeviceActions devices) {
        for (LineFacts line : lines) {
            if (line.consumed()) {
                continue;
            }
            if (line.device().singleUse() || line.device().state() == DeviceState.FACILITY_STOCK) {
                devices.consume(line);
            } else {
                devices.release(line);
            }
        }
    }

    @Override
    public void removeUnused(EventFacts event, LineFacts line, DeviceActions devices) {
        if (line.consumed()) {
            devices.reactivate(line);
        } else if (line.soldToFacility()) {
            devices.returnFromFacility(line);
        } else {
            devices.release(line);
        }
    }

    /** Facility stock was sold by its stocking order: a case using it is no second sale. */
    @Override
    public boolean recordsSale(EventFacts event) {
        return event.devices().stream().noneMatch(d -> d.state() == DeviceState.FACILITY_STOCK);
    }

    @Override
    public boolean billingByDefault() {
        return true;
    }
}
