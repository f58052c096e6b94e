package org.consigna.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sharing links of one tenant; nothing is deleted, removed links stay. */
public interface SharingLinkRepository {

    Optional<SharingLink> find(String tenantId, UUID id);

    /** Links in the order they were made, after ({@code afterCreated}, {@code afterId}) if given. */
    List<SharingLink> all(String tenantId, boolean includeRemoved, java.time.Instant afterCreated, UUID afterId, int limit);

    /** Active links in which the member is the distributor or the sales user. */
    List<SharingLink> activeOf(String tenantId, UUID memberId);

    Optional<SharingLink> activeBetween(String tenantId, UUID distributorId, UUID salesId);

    void add(SharingLink link);
}
