package org.consigna.inventory.domain.ledger;

import org.consigna.platform.wire.WireEnum;

/** What a ledger entry records. */
public enum EntryType implements WireEnum {
    /** A device entered the inventory. */
    RECEIVED,
    /** Custody moved, at acceptance of a transfer line. */
    TRANSFERRED,
    /**
     * Part of a lot quantity set apart as a device of its own, same custodian, same balance: the part a
     * transfer sends, so the rest stays free while the transfer is pending.
     */
    SPLIT,
    /**
     * A part set apart for a transfer that did not happen (rejected or cancelled) went back into the lot it
     * was set apart from: {@code deviceId} is the part, which holds nothing afterwards, {@code parentDeviceId}
     * the lot, {@code quantity} the units given back. Same custodian, same balance.
     */
    MERGED,
    /** A quantity was corrected (found, lost, damaged, count correction); the quantity is signed. */
    ADJUSTED,
    /** Taken out of use by hand, with a reason. */
    DEACTIVATED,
    /** Used up, in an event. */
    CONSUMED,
    /** A consumed device back to active: an event was reopened and the device removed unused. */
    REACTIVATED,
    /** Sold to a facility as facility stock, or back from it. */
    FACILITY_CHANGED;
}
