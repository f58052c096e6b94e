package org.consigna.purchasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.inventory.api.CountedStock;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;
import org.consigna.purchasing.domain.template.InventoryTemplate;
import org.consigna.purchasing.domain.template.Levels;
import org.consigna.purchasing.domain.template.PurchasingSetting;
import org.consigna.purchasing.domain.template.Recipient;
import org.consigna.purchasing.domain.template.RecipientOverride;
import org.consigna.purchasing.domain.template.TemplateLine;
import org.consigna.purchasing.domain.template.TemplateRepository;

/** Templates and their lines, recipients (custodians that hold counted stock) and their overrides. */
@ApplicationScoped
@Transactional
public class TemplateService {

    @Inject
    TemplateRepository templates;

    @Inject
    VendorService vendors;

    @Inject
    InventoryCatalog catalog;

    @Inject
    CountedStock stock;

    @Inject
    EntityManager em;

    public InventoryTemplate create(String name) {
        InventoryTemplate template = new InventoryTemplate(name, Instant.now());
        templates.add(template);
        return template;
    }

    public InventoryTemplate require(UUID templateId) {
        return templates.find(templateId).orElseThrow(() -> ProblemException.notFound("Inventory template", templateId));
    }

    public TemplateLine setLine(UUID templateId, UUID itemId, UUID vendorId, Levels levels) {
        require(templateId);
        requireItem(itemId);
        requireVendor(vendorId);
        TemplateLine line = templates.lines(List.of(templateId)).stream().filter(l -> l.itemId().equals(itemId)).findFirst()
                .orElse(null);
        if (line == null) {
            line = new TemplateLine(templateId, itemId);
            line.change(vendorId, levels);
            templates.add(line);
        } else {
            line.change(vendorId, levels);
        }
        return line;
    }

    public List<InventoryTemplate> page(String afterName, int limit) {
        return templates.page(afterName, limit);
    }

    public List<TemplateLine> lines(UUID templateId) {
        require(templateId);
        return templates.lines(List.of(templateId));
    }

    /** Makes a custodian a recipient (or changes its template and auto-replenish flag). */
    public Recipient setRecipient(UUID custodianId, UUID templateId, boolean autoReplenish) {
        if (!stock.custodianNames(List.of(custodianId)).containsKey(custodianId)) {
            throw UnknownReference.of("member or location", "custodianId", custodianId);
        }
        if (templateId != null && templates.find(templateId).isEmpty()) {
            throw UnknownReference.of("inventory template", "templateId", templateId);
        }
        Recipient recipient = templates.recipient(custodianId).orElse(null);
        if (recipient == null) {
            recipient = new Recipient(custodianId, Instant.now());
            recipient.change(templateId, autoReplenish);
            templates.add(recipient);
        } else {
            recipient.change(templateId, autoReplenish);
        }
        return recipient;
    }

    /** The custodian's recipient, made (without a template) when it has none yet. */
    public Recipient ensureRecipient(UUID custodianId) {
        return templates.recipient(custodianId).orElseGet(() -> setRecipient(custodianId, null, false));
    }

    public Recipient requireRecipient(UUID custodianId) {
        return templates.recipient(custodianId).orElseThrow(() -> ProblemException.notFound("Recipient", custodianId));
    }

    public RecipientOverride setOverride(UUID custodianId, UUID itemId, UUID vendorId, Levels levels) {
        requireRecipient(custodianId);
        requireItem(itemId);
        requireVendor(vendorId);
        RecipientOverride override = templates.overrides(List.of(custodianId)).stream().filter(o -> o.itemId().equals(itemId))
                .findFirst().orElse(null);
        if (override == null) {
            override = new RecipientOverride(custodianId, itemId);
            override.change(vendorId, levels);
            templates.add(override);
        } else {
            override.change(vendorId, levels);
        }
        return override;
    }

    /** The recipient's overrides, by item id. */
    public List<RecipientOverride> overrides(UUID custodianId) {
        requireRecipient(custodianId);
        return templates.overrides(List.of(custodianId));
    }

    public List<Recipient> recipients() {
        return templates.recipients(null);
    }

    public PurchasingSetting settings() {
        return em.find(PurchasingSetting.class, PurchasingSetting.ID);
    }

    public PurchasingSetting changeSettings(int expiryHorizonDays, boolean requisitionsEnabled) {
        PurchasingSetting settings = settings();
        settings.expiryHorizonDays(expiryHorizonDays);
        settings.requisitionsEnabled(requisitionsEnabled);
        return settings;
    }

    private void requireItem(UUID itemId) {
        if (!catalog.items(List.of(itemId)).containsKey(itemId)) {
            throw UnknownReference.of("item", "itemId", itemId);
        }
    }

    private void requireVendor(UUID vendorId) {
        if (vendorId != null && vendors.find(vendorId).isEmpty()) {
            throw UnknownReference.of("vendor", "vendorId", vendorId);
        }
    }
}
