package org.consigna.events.interfaces.rest;

import java.util.List;
import java.util.UUID;
import org.consigna.platform.value.Address;
import org.consigna.events.domain.facility.Facility;
import org.consigna.events.domain.facility.FacilityContact;
import org.consigna.events.domain.facility.Surgeon;

/** Facilities, contacts and surgeons as clients see them. */
public final class FacilityViews {

    private FacilityViews() {
    }

    public record AddressView(String street, String line2, String city, String region, String postalCode, String country) {
        static AddressView of(Address a) {
            return a == null ? null : new AddressView(a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country());
        }
    }

    /** A facility; its billing contacts (in order, the first receives sales orders) only when shown alone. */
    public record FacilityView(UUID id, String name, AddressView address, String phone, boolean active,
                        List<ContactView> billingContacts) {
        static FacilityView of(Facility f, List<FacilityContact> billing) {
            return new FacilityView(f.id(), f.name(), AddressView.of(f.address()), f.phone(), f.isActive(),
                    billing == null ? null : billing.stream().map(ContactView::of).toList());
        }
    }

    public record ContactView(UUID id, UUID facilityId, String name, String title, String email, String phone,
                       Integer billingRank, boolean active) {
        static ContactView of(FacilityContact c) {
            return new ContactView(c.id(), c.facilityId(), c.name(), c.title(), c.email(), c.phone(), c.billingRank(),
                    c.isActive());
        }
    }

    public record SurgeonView(UUID id, String firstName, String lastName, String displayName, String specialty,
                       boolean active) {
        static SurgeonView of(Surgeon s) {
            return new SurgeonView(s.id(), s.firstName(), s.lastName(), s.displayName(), s.specialty(), s.isActive());
        }
    }
}
