package org.consigna.events;

import java.util.Optional;
import java.util.Set;
import org.consigna.platform.value.Address;
import org.consigna.events.domain.facility.Facility;
import org.consigna.events.domain.facility.FacilityContact;
import org.consigna.events.domain.facility.Surgeon;
import org.consigna.events.domain.event.Converters;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.EventLine;
import org.consigna.events.domain.event.HistoryEntry;
import org.consigna.events.domain.eventtype.EventType;
import org.consigna.events.domain.eventtype.EventTypeOptions;
import org.consigna.platform.module.ConsignaModule;

/** Declares the events module: its tenant tables and entities. */
public class EventsModule implements ConsignaModule {

    public static final String ID = "events";

    /** Devices come from inventory; members (representatives) from identity. Named, not imported. */
    private static final Set<String> NEEDS = Set.of("inventory", "identity");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> dependsOn() {
        return NEEDS;
    }

    @Override
    public Optional<String> tenantChangelog() {
        return Optional.of("db/events/changelog.xml");
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Facility.class, Address.class, FacilityContact.class, Surgeon.class, EventType.class,
                EventTypeOptions.class, Event.class, EventLine.class, HistoryEntry.class, Converters.Ids.class);
    }
}
