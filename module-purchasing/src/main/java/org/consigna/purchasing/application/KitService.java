package org.consigna.purchasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.inventory.api.CountedStockChanges;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.inventory.api.SourceDocument;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;
import org.consigna.purchasing.domain.kit.Kit;
import org.consigna.purchasing.domain.kit.KitAssignment;
import org.consigna.purchasing.domain.kit.KitItem;
import org.consigna.purchasing.domain.kit.KitRepository;
import org.consigna.purchasing.domain.template.TemplateRepository;

/** Kits and their assignment: kits given to a recipient arrive as their items, one ledger receipt per item. */
@ApplicationScoped
@Transactional
public class KitService {

    @Inject
    KitRepository kits;

    @Inject
    TemplateRepository templates;

    @Inject
    InventoryCatalog catalog;

    @Inject
    CountedStockChanges stock;

    @Inject
    PurchasingAccess access;

    public Kit create(String name) {
        Kit kit = new Kit(name, Instant.now());
        kits.add(kit);
        return kit;
    }

    public Kit require(UUID kitId) {
        return kits.find(kitId).orElseThrow(() -> ProblemException.notFound("Kit", kitId));
    }

    public List<Kit> all() {
        return kits.all();
    }

    public List<KitItem> items(UUID kitId) {
        require(kitId);
        return kits.items(kitId);
    }

    public KitItem setItem(UUID kitId, UUID itemId, int quantity) {
        require(kitId);
        if (!catalog.items(List.of(itemId)).containsKey(itemId)) {
            throw UnknownReference.of("item", "itemId", itemId);
        }
        KitItem item = kits.items(kitId).stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElse(null);
        if (item == null) {
            item = new KitItem(kitId, itemId);
            item.quantity(quantity);
            kits.add(item);
        } else {
            item.quantity(quantity);
        }
        return item;
    }

    /** Breaks {@code count} kits into their items in the recipient's stock. */
    public KitAssignment assign(UUID kitId, UUID recipientId, int count) {
        Kit kit = require(kitId);
        templates.recipient(recipientId).orElseThrow(() -> UnknownReference.of("recipient", "recipientId", recipientId));
        List<KitItem> items = kits.items(kitId);
        if (items.isEmpty()) {
            throw ProblemException.conflict("kit-empty", "Kit " + kit.name() + " holds no items yet");
        }
        KitAssignment assignment = new KitAssignment(kitId, recipientId, count, access.actorId(), Instant.now());
        kits.add(assignment);
        SourceDocument source = new SourceDocument("kit-assignment", assignment.id().toString(), count + " x " + kit.name());
        for (KitItem item : items) {
            stock.receive(recipientId, item.itemId(), Math.multiplyExact(item.quantity(), count), null, null, source);
        }
        return assignment;
    }
}
