package org.consigna.inventory.domain.transfer;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consigna.inventory.domain.Wire;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.platform.problem.ProblemException;

/** A transfer of devices from one custodian to another, and its decision. */
@Entity
@Table(name = "transfer")
@Cacheable(false)
@NamedQuery(name = Transfer.LOCK, query = "select t from Transfer t where t.id = :id", lockMode = LockModeType.PESSIMISTIC_WRITE)
public class Transfer {

    /** The transfer, locked for the transaction: a named query, prepared once (a locking find is prepared on every call). */
    public static final String LOCK = "Transfer.lock";

    @Id
    private UUID id;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "id", column = @Column(name = "from_custodian_id")),
        @AttributeOverride(name = "kind", column = @Column(name = "from_custodian_kind"))})
    private Custodian from;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "id", column = @Column(name = "to_custodian_id")),
        @AttributeOverride(name = "kind", column = @Column(name = "to_custodian_kind"))})
    private Custodian to;

    private TransferStatus status;

    private String note;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_by")
    private UUID decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Version
    private long version;

    /** Kept by the repository (written with the transfer, read by one query), not by a JPA relation: see {@link TransferLine}. */
    @Transient
    private List<TransferLine> lines = new ArrayList<>();

    protected Transfer() {
    }

    public Transfer(Custodian from, Custodian to, String note, UUID createdBy, Instant now) {
        if (from.equals(to)) {
            throw ProblemException.badRequest("same-custodian", "A transfer goes to another custodian than the one sending it");
        }
        this.id = UUID.randomUUID();
        this.from = from;
        this.to = to;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = TransferStatus.PENDING;
    }

    /** Called by the repository when it loads the transfer. */
    public void attach(List<TransferLine> loaded) {
        this.lines = new ArrayList<>(loaded);
    }

    public TransferLine add(UUID deviceId, int quantity) {
        TransferLine line = new TransferLine(this, lines.size() + 1, deviceId, quantity);
        lines.add(line);
        return line;
    }

    /**
     * Accepts the given lines (all when null) and rejects the others, as missing from the shipment.
     * @return the accepted lines; the caller moves their devices and records what was received
     */
    public List<TransferLine> accept(Set<UUID> acceptedLineIds, UUID by, String decision, Instant now) {
        requirePending("accepted");
        Set<UUID> wanted = acceptedLineIds == null ? lines.stream().map(TransferLine::id).collect(Collectors.toSet()) : acceptedLineIds;
        Set<UUID> known = lines.stream().map(TransferLine::id).collect(Collectors.toSet());
        List<UUID> unknown = wanted.stream().filter(lineId -> !known.contains(lineId)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, "unknown-transfer-line", "Unknown transfer line",
                    "Transfer " + id + " has no line(s) " + unknown, Map.of("lines", unknown.stream().map(UUID::toString).toList()));
        }
        List<TransferLine> accepted = new ArrayList<>();
        for (TransferLine line : lines) {
            if (wanted.contains(line.id())) {
                line.accept(null);
                accepted.add(line);
            } else {
                line.close(LineStatus.REJECTED);
            }
        }
        TransferStatus outcome = accepted.size() == lines.size() ? TransferStatus.ACCEPTED
                : accepted.isEmpty() ? TransferStatus.REJECTED : TransferStatus.PARTIALLY_ACCEPTED;
        decide(outcome, by, decision, now);
        return accepted;
    }

    /** Records which device the receiver now holds for an accepted line. */
    public void received(TransferLine line, UUID deviceId) {
        line.accept(deviceId);
    }

    public void reject(UUID by, String decision, Instant now) {
        requirePending("rejected");
        lines.forEach(line -> line.close(LineStatus.REJECTED));
        decide(TransferStatus.REJECTED, by, decision, now);
    }

    public void cancel(UUID by, String decision, Instant now) {
        requirePending("cancelled");
        lines.forEach(line -> line.close(LineStatus.CANCELLED));
        decide(TransferStatus.CANCELLED, by, decision, now);
    }

    private void requirePending(String action) {
        if (status != TransferStatus.PENDING) {
            throw new ProblemException(409, "transfer-decided", "Transfer already decided", "Transfer " + id + " is already "
                    + Wire.of(status).replace('_', ' ') + " and cannot be " + action + "; only a pending transfer can",
                    Map.of("transferId", id.toString(), "status", Wire.of(status)));
        }
    }

    private void decide(TransferStatus outcome, UUID by, String decision, Instant now) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionNote = decision;
    }

    public UUID id() {
        return id;
    }

    public Custodian from() {
        return from;
    }

    public Custodian to() {
        return to;
    }

    public TransferStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public List<TransferLine> lines() {
        return List.copyOf(lines);
    }
}
