package org.consigna.purchasing.domain.requisition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/** Units of one item requested, and how many of them are on purchase orders already. */
@Entity
@Table(name = "requisition_line")
public class RequisitionLine {

    @Id
    private UUID id;

    @Column(name = "requisition_id")
    private UUID requisitionId;

    private int position;

    @Column(name = "item_id")
    private UUID itemId;

    private int quantity;

    private int ordered;

    @Version
    private long version;

    protected RequisitionLine() {
    }

    public RequisitionLine(UUID requisitionId, int position, UUID itemId, int quantity) {
        if (quantity < 1) {
            throw ProblemException.badRequest("invalid-quantity", "Request at least one unit; got " + quantity);
        }
        this.id = UUID.randomUUID();
        this.requisitionId = requisitionId;
        this.position = position;
        this.itemId = itemId;
        this.quantity = quantity;
    }

    /** Puts units on order; more than is left is refused. */
    public void order(int units, long requisitionNumber) {
        if (units < 1 || units > remaining()) {
            throw new ProblemException(409, "over-order", "More than requested", "Line " + position + " of requisition "
                    + requisitionNumber + " has " + remaining() + " of " + quantity + " left to order; " + units + " cannot be ordered",
                    Map.of("lineId", id.toString(), "remaining", remaining(), "requested", units));
        }
        this.ordered += units;
    }

    public int remaining() {
        return quantity - ordered;
    }

    public UUID id() {
        return id;
    }

    public UUID requisitionId() {
        return requisitionId;
    }

    public int position() {
        return position;
    }

    public UUID itemId() {
        return itemId;
    }

    public int quantity() {
        return quantity;
    }

    public int ordered() {
        return ordered;
    }
}
