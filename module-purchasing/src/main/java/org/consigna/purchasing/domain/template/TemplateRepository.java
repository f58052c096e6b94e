package org.consigna.purchasing.domain.template;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Templates, their lines, recipients and their overrides. */
public interface TemplateRepository {

    Optional<InventoryTemplate> find(UUID templateId);

    List<InventoryTemplate> page(String afterName, int limit);

    List<TemplateLine> lines(Collection<UUID> templateIds);

    Optional<Recipient> recipient(UUID custodianId);

    /** Locks the recipient's row: two replenishment saves for one recipient run one after the other. */
    Optional<Recipient> lockRecipient(UUID custodianId);

    /** All recipients (every one, or these), by custodian id. */
    List<Recipient> recipients(Collection<UUID> custodianIds);

    /** The overrides of these recipients, by custodian id then item id. */
    List<RecipientOverride> overrides(Collection<UUID> custodianIds);

    void add(Object row);
}
