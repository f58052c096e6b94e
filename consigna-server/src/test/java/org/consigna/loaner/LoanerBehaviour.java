package org.consigna.loaner;

import java.util.List;
import org.consigna.events.api.DeviceActions;
import org.consigna.events.api.DeviceFacts;
import org.consigna.events.api.DeviceState;
import org.consigna.events.api.Eligibility;
import org.consigna.events.api.EventBehaviour;
import org.consigna.events.api.EventFacts;
import org.consigna.events.api.LineFacts;

/**
 * A loaner kit: the representative's active devices go out for an event and all come back on
 * submit, consumed or not, single-use included; nothing is sold and billing is off by default.
 */
public class LoanerBehaviour implements EventBehaviour {

    @Override
    public String id() {
        return "loaner";
    }

    @Override
    public String displayName() {
        return "Loaner kit";
    }

    @Override
    public Eligibility eligibility(EventFacts event, DeviceFacts device) {
        if (device.state() != DeviceState.ACTIVE) {
            return Eligibility.refused("A loaner kit lends active consigned devices only");
        }
        return event.representativeCustody().contains(device.custodianId()) ? Eligibility.ok()
                : Eligibility.refused(device.description() + " is held by " + device.custodianName()
                        + ", not in the custody of " + event.representativeName());
    }

    @Override
    public void submit(EventFacts event, List<LineFacts> lines, DeviceActions devices) {
        lines.forEach(devices::release);
    }

    @Override
    public void removeUnused(EventFacts event, LineFacts line, DeviceActions devices) {
        devices.release(line);
    }

    @Override
    public boolean recordsSale(EventFacts event) {
        return false;
    }

    @Override
    public boolean billingByDefault() {
        return false;
    }
}
