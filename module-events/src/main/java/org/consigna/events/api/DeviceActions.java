package org.consigna.events.api;

/**
 * What a behaviour may do to the device of a line. Each call goes through inventory's ledger
 * with the event as source document and is remembered on the line; it joins the current
 * transaction, so a later refusal undoes it.
 */
public interface DeviceActions {

    /** The device is used up: inventory makes it inactive. */
    void consume(LineFacts line);

    /** Undoes {@link #consume}: the device is active and unused again in its custodian's inventory. */
    void reactivate(LineFacts line);

    /** The device is sold to the event's facility: it becomes facility stock there, custody unchanged. */
    void sellToFacility(LineFacts line);

    /** Undoes {@link #sellToFacility}: consigned stock of its custodian again. */
    void returnFromFacility(LineFacts line);

    /** The device goes back to its custodian unchanged; nothing is written to inventory. */
    void release(LineFacts line);
}
