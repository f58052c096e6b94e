package org.consigna.identity.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.identity.domain.SharingLink;
import org.consigna.identity.domain.SharingLinkRepository;

/** Sharing links in a list. */
class InMemoryLinks implements SharingLinkRepository {

    final List<SharingLink> rows = new ArrayList<>();

    @Override
    public Optional<SharingLink> find(String tenantId, UUID id) {
        return rows.stream().filter(l -> l.tenantId().equals(tenantId) && l.id().equals(id)).findFirst();
    }

    @Override
    public List<SharingLink> all(String tenantId, boolean includeRemoved, java.time.Instant afterCreated, UUID afterId,
                                 int limit) {
        return rows.stream().filter(l -> l.tenantId().equals(tenantId) && (includeRemoved || l.isActive()))
                .filter(l -> afterCreated == null || l.createdAt().isAfter(afterCreated)
                        || l.createdAt().equals(afterCreated) && l.id().compareTo(afterId) > 0)
                .sorted(java.util.Comparator.comparing(SharingLink::createdAt).thenComparing(SharingLink::id))
                .limit(limit).toList();
    }

    private List<SharingLink> all(String tenantId, boolean includeRemoved) {
        return all(tenantId, includeRemoved, null, null, Integer.MAX_VALUE);
    }

    @Override
    public List<SharingLink> activeOf(String tenantId, UUID memberId) {
        return all(tenantId, false).stream()
                .filter(l -> l.distributorId().equals(memberId) || l.salesId().equals(memberId)).toList();
    }

    @Override
    public Optional<SharingLink> activeBetween(String tenantId, UUID distributorId, UUID salesId) {
        return all(tenantId, false).stream()
                .filter(l -> l.distributorId().equals(distributorId) && l.salesId().equals(salesId)).findFirst();
    }

    @Override
    public void add(SharingLink link) {
        rows.add(link);
    }
}
