package org.consigna.purchasing.domain.template;

import java.util.Map;
import java.util.UUID;

/**
 * The default vendor of a recipient's item: the recipient's override, else its template's line, else the item's
 * preferred vendor; {@code source} says which ({@code override}, {@code template}, {@code item}), null when none.
 */
public record VendorChoice(UUID vendorId, String source) {

    public static VendorChoice of(TemplateLine line, RecipientOverride override, Map<UUID, UUID> preferredByItem, UUID itemId) {
        if (override != null && override.vendorId() != null) {
            return new VendorChoice(override.vendorId(), "override");
        }
        if (line != null && line.vendorId() != null) {
            return new VendorChoice(line.vendorId(), "template");
        }
        UUID preferred = preferredByItem.get(itemId);
        return preferred == null ? new VendorChoice(null, null) : new VendorChoice(preferred, "item");
    }
}
