package org.consigna.events.api;

import java.util.List;

/**
 * What kind of event this is, as far as devices are concerned: which devices an event may
 * draw, what submitting it does to them and what taking an {@code unused} device back out of a
 * reopened event does. Tenants build their event types on a behaviour.
 *
 * <p>Contributed by modules: implement it with a public no-argument constructor and list the
 * class in {@code META-INF/services/org.consigna.events.api.EventBehaviour}; the events module
 * finds it with {@link java.util.ServiceLoader}. One instance serves every tenant, so keep it
 * stateless. Everything it decides runs inside the caller's transaction: throwing a
 * {@link org.consigna.platform.problem.ProblemException} refuses the whole step and changes nothing.
 */
public interface EventBehaviour {

    /** Stable id, lower case with dashes ({@code case}, {@code stocking-order}); stored with every event type. */
    String id();

    /** Name offered to tenant admins, and the default name of a type built on it. */
    String displayName();

    /**
     * May this device be added to this event? Called after the generic rules (device exists,
     * not inactive, not in a pending transfer, not in another open event) have passed.
     */
    Eligibility eligibility(EventFacts event, DeviceFacts device);

    /** Submitting: act on the devices of every line still in the event, all of them or none. */
    void submit(EventFacts event, List<LineFacts> lines, DeviceActions devices);

    /** A reopened event gives back a device with usage {@code unused}: undo what submitting did to it. */
    void removeUnused(EventFacts event, LineFacts line, DeviceActions devices);

    /** Whether submitting this event records a sale of its devices. */
    boolean recordsSale(EventFacts event);

    /** Whether a new event type built on this behaviour has billing switched on. */
    boolean billingByDefault();
}
