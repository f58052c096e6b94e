package org.consigna.events.api;

import java.util.List;
import java.util.UUID;

/**
 * A facility as a document or a mail addresses it.
 *
 * @param address         the postal address, one printable line per element (empty parts left out)
 * @param billingContacts the e-mail addresses of its active billing contacts, first billing contact first
 */
public record FacilityCard(UUID id, String name, List<String> address, List<String> billingContacts) {

    public FacilityCard {
        address = List.copyOf(address);
        billingContacts = List.copyOf(billingContacts);
    }
}
