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

    /**
     * Consigned inventory: the representative's custody, own or shared. Facility stock: only at its facility, and
     * only by the custodian who sold it or, when a distributor sold it, by sales users linked to that distributor
     * (a distributor's scope includes linked reps' custody, which does not make their facility stock theirs).
     */
    @Override
    public Eligibility eligibility(EventFacts event, DeviceFacts device) {
        boolean facilityStock = device.state() == DeviceState.FACILITY_STOCK;
        if (facilityStock) {
            Eligibility refused = facilityStockRule(event, device);
            if (refused != null) {
                return refused;
            }
        } else if (!event.representativeCustody().contains(device.custodianId())) {
            return Eligibility.refused(device.description() + " is held by " + device.custodianName()
                    + ": it is not in the custody of the event's representative, " + event.representativeName()
                    + ", or of anyone they share inventory with");
        }
        // a consumed device keeps its facility: a reopened case's used facility stock still counts
        boolean mixes = event.devices().stream().anyMatch(other -> (other.facilityId() != null) != facilityStock);
        if (mixes) {
            return Eligibility.refused("A case may not mix facility stock with consigned inventory: "
                    + device.description() + (facilityStock ? " is facility stock of " + device.facilityName()
                    + " and this case already uses consigned inventory" : " is consigned inventory and this case"
                    + " already uses facility stock"));
        }
        return Eligibility.ok();
    }

    private static Eligibility facilityStockRule(EventFacts event, DeviceFacts device) {
        String stock = device.description() + " is facility stock of " + device.facilityName();
        if (!device.facilityId().equals(event.facilityId())) {
            return Eligibility.refused("Facility stock is used only at its own facility: " + stock
                    + ", and this case is at another facility");
        }
        boolean seller = device.custodianId().equals(event.representativeId());
        boolean linkedToSellingDistributor = device.custodianKind() == DeviceFacts.CustodianKind.DISTRIBUTOR
                && event.representativeCustody().contains(device.custodianId());
        if (seller || linkedToSellingDistributor) {
            return null;
        }
        String who = device.custodianKind() == DeviceFacts.CustodianKind.DISTRIBUTOR
                ? device.custodianName() + " or the sales users linked to them" : device.custodianName();
        return Eligibility.refused("Facility stock is used only by whoever sold it: " + stock + ", sold by "
                + device.custodianName() + "; only " + who + " may use it, not " + event.representativeName());
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

    /**
     * Facility stock was sold by its stocking order: a case using it is no second sale. A consumed device keeps the
     * facility whose stock it was, so the answer is the same before and after the submit.
     */
    @Override
    public boolean recordsSale(EventFacts event) {
        return event.devices().stream().noneMatch(d -> d.facilityId() != null);
    }

    @Override
    public boolean billingByDefault() {
        return true;
    }
}
