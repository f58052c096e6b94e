package org.consigna.identity.interfaces.rest;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.SharingLink;

/** A sharing link in the API, with both members' names; {@code removedAt}/{@code removedBy} only once removed. */
public record LinkView(UUID id, UUID distributorId, String distributorName, UUID salesId, String salesName,
                       boolean active, Instant createdAt, String createdBy, Instant removedAt, String removedBy) {

    static LinkView of(SharingLink link, Map<UUID, Member> members) {
        var removal = link.removal();
        return new LinkView(link.id(), link.distributorId(), nameOf(link.distributorId(), members), link.salesId(),
                nameOf(link.salesId(), members), link.isActive(), link.createdAt(), link.createdBy(),
                removal == null ? null : removal.at(), removal == null ? null : removal.by());
    }

    private static String nameOf(UUID id, Map<UUID, Member> members) {
        Member member = members.get(id);
        return member == null ? null : member.displayName();
    }
}
