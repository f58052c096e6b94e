package org.consigna.purchasing.domain.spillage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reason codes, spillage reports with their lines, RMAs. */
public interface SpillageRepository {

    List<ReasonCode> reasonCodes();

    Optional<ReasonCode> reasonCode(UUID id);

    Optional<SpillageReport> lock(UUID reportId);

    Optional<SpillageReport> find(UUID reportId);

    List<SpillageLine> lines(UUID reportId);

    List<Rma> rmas(UUID reportId);

    List<RmaLine> rmaLines(Collection<UUID> rmaIds);

    Optional<Rma> lockRma(UUID rmaId);

    long nextNumber(String sequence);

    /** Persists and writes at once, so rows others refer to exist before them. */
    void add(Object row);
}
