package org.consigna.purchasing.domain.requisition;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Requisitions and their lines. */
public interface RequisitionRepository {

    Optional<Requisition> find(UUID id);

    Optional<Requisition> lock(UUID id);

    Optional<Requisition> bySource(String source, String sourceRef);

    List<Requisition> page(Instant beforeCreated, UUID beforeId, int limit);

    List<RequisitionLine> lines(UUID requisitionId);

    /** Lines with units left to order, of open or partially ordered requisitions of these recipients. */
    List<RequisitionLine> openLines(Collection<UUID> recipientIds);

    List<Requisition> findAll(Collection<UUID> ids);

    long nextNumber();

    void add(Requisition requisition, List<RequisitionLine> lines);
}
