package org.consigna.inventory.domain.transfer;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/** One device (or part of a lot quantity) of a transfer. */
@Entity
@Table(name = "transfer_line")
@Cacheable(false)
@NamedQuery(name = TransferLine.OF_TRANSFER, query = "select l from TransferLine l where l.transferId = :t order by l.position")
public class TransferLine {

    /** A transfer's lines in order: a named query, parsed and prepared once (not on every load of a transfer). */
    public static final String OF_TRANSFER = "TransferLine.ofTransfer";

    @Id
    private UUID id;

    /** The transfer, by id: a JPA relation here made EclipseLink, under concurrent load with a table per tenant, now and then write a line without it. */
    @Column(name = "transfer_id")
    private UUID transferId;

    private int position;

    @Column(name = "device_id")
    private UUID deviceId;

    private int quantity;

    private LineStatus status;

    /** The device the receiver holds after acceptance: the same one, or a new one split from a lot. */
    @Column(name = "received_device_id")
    private UUID receivedDeviceId;

    protected TransferLine() {
    }

    TransferLine(Transfer transfer, int position, UUID deviceId, int quantity) {
        this.id = UUID.randomUUID();
        this.transferId = transfer.id();
        this.position = position;
        this.deviceId = deviceId;
        this.quantity = quantity;
        this.status = LineStatus.PENDING;
    }

    void accept(UUID receivedDevice) {
        this.status = LineStatus.ACCEPTED;
        this.receivedDeviceId = receivedDevice;
    }

    void close(LineStatus outcome) {
        this.status = outcome;
    }

    public UUID id() {
        return id;
    }

    public UUID transferId() {
        return transferId;
    }

    public int position() {
        return position;
    }

    public UUID deviceId() {
        return deviceId;
    }

    public int quantity() {
        return quantity;
    }

    public LineStatus status() {
        return status;
    }

    public UUID receivedDeviceId() {
        return receivedDeviceId;
    }
}
