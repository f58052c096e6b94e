package org.consigna.probe;

import java.util.List;
import org.consigna.events.api.DeviceActions;
import org.consigna.events.api.DeviceFacts;
import org.consigna.events.api.Eligibility;
import org.consigna.events.api.EventBehaviour;
import org.consigna.events.api.EventFacts;
import org.consigna.events.api.LineFacts;

/** An event behaviour owned by the probe module: only tenants with the probe may build types on it. */
public class ProbeKitBehaviour implements EventBehaviour {

    @Override
    public String id() {
        return "probe-kit";
    }

    @Override
    public String displayName() {
        return "Probe kit";
    }

    @Override
    public Eligibility eligibility(EventFacts event, DeviceFacts device) {
        return Eligibility.refused("A probe kit holds no devices");
    }

    @Override
    public void submit(EventFacts event, List<LineFacts> lines, DeviceActions devices) {
    }

    @Override
    public void removeUnused(EventFacts event, LineFacts line, DeviceActions devices) {
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
