package org.consigna.purchasing.domain.count;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Counts and their lines. */
public interface CountRepository {

    Optional<PhysicalCount> lock(UUID countId);

    Optional<PhysicalCount> find(UUID countId);

    List<CountLine> lines(UUID countId);

    /** Whether the recipient has an applied count already (the first one sets initial levels). */
    boolean counted(UUID recipientId);

    void add(PhysicalCount count, List<CountLine> lines);
}
