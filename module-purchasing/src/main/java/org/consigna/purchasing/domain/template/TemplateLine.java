package org.consigna.purchasing.domain.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** One item of a template: its default vendor (or none: the item's preferred vendor) and levels. */
@Entity
@Table(name = "template_line")
public class TemplateLine {

    @Id
    private UUID id;

    @Column(name = "template_id")
    private UUID templateId;

    @Column(name = "item_id")
    private UUID itemId;

    @Column(name = "vendor_id")
    private UUID vendorId;

    @Column(name = "min_level")
    private int minLevel;

    @Column(name = "base_level")
    private int baseLevel;

    @Version
    private long version;

    protected TemplateLine() {
    }

    public TemplateLine(UUID templateId, UUID itemId) {
        this.id = UUID.randomUUID();
        this.templateId = templateId;
        this.itemId = itemId;
    }

    public void change(UUID vendorId, Levels levels) {
        this.vendorId = vendorId;
        this.minLevel = levels.min();
        this.baseLevel = levels.base();
    }

    public UUID id() {
        return id;
    }

    public UUID templateId() {
        return templateId;
    }

    public UUID itemId() {
        return itemId;
    }

    public UUID vendorId() {
        return vendorId;
    }

    public Levels levels() {
        return new Levels(minLevel, baseLevel);
    }
}
