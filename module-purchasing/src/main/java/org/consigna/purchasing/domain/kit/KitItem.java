package org.consigna.purchasing.domain.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/** Units of one item in a kit. */
@Entity
@Table(name = "kit_item")
public class KitItem {

    @Id
    private UUID id;

    @Column(name = "kit_id")
    private UUID kitId;

    @Column(name = "item_id")
    private UUID itemId;

    private int quantity;

    @Version
    private long version;

    protected KitItem() {
    }

    public KitItem(UUID kitId, UUID itemId) {
        this.id = UUID.randomUUID();
        this.kitId = kitId;
        this.itemId = itemId;
    }

    public void quantity(int quantity) {
        if (quantity < 1) {
            throw ProblemException.badRequest("invalid-quantity", "A kit holds at least one unit of an item; got " + quantity);
        }
        this.quantity = quantity;
    }

    public UUID kitId() {
        return kitId;
    }

    public UUID itemId() {
        return itemId;
    }

    public int quantity() {
        return quantity;
    }
}
