package org.consigna.purchasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.consigna.inventory.api.CountedStock;
import org.consigna.inventory.api.CountedStockChanges;
import org.consigna.inventory.api.SourceDocument;
import org.consigna.platform.problem.UnknownReference;
import org.consigna.purchasing.domain.template.TemplateRepository;

/** Equipment installed or used up: deducted from the recipient's stock through the ledger (source type {@code usage}). */
@ApplicationScoped
@Transactional
public class UsageService {

    @Inject
    TemplateRepository templates;

    @Inject
    CountedStockChanges changes;

    @Inject
    CountedStock stock;

    @Inject
    PurchasingAccess access;

    /** Units left on hand after the use. */
    public long use(UUID recipientId, UUID itemId, int quantity, String note) {
        templates.recipient(recipientId).orElseThrow(() -> UnknownReference.of("recipient", "custodianId", recipientId));
        access.requireActsFor(recipientId, "record use of this stock");
        String why = "installed/used" + (note == null || note.isBlank() ? "" : ": " + note.trim());
        changes.deduct(recipientId, itemId, quantity, why,
                new SourceDocument("usage", UUID.randomUUID().toString(), note == null || note.isBlank() ? null : note.trim()));
        return stock.levels(List.of(recipientId), List.of(itemId), null).get(0).onHand();
    }
}
