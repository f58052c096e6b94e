package org.consigna.inventory.domain.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A product line of the manufacturer; items belong to one. Retired, never deleted. */
@Entity
@Table(name = "product_line")
public class ProductLine {

    @Id
    private UUID id;

    private String name;

    private String description;

    private boolean active;

    @Version
    private long version;

    protected ProductLine() {
    }

    public ProductLine(String name, String description) {
        this.id = UUID.randomUUID();
        this.active = true;
        change(name, description, true);
    }

    public void change(String name, String description, boolean active) {
        this.name = name.trim();
        this.description = description;
        this.active = active;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }
}
