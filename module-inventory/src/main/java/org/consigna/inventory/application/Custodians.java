package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consigna.identity.api.Members;
import org.consigna.identity.api.MemberSummary;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.custody.CustodianKind;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;
import org.consigna.platform.security.TenantRole;

/**
 * Turns a custodian id from a request into a reference: one of this module's locations, or a member
 * of the tenant (through the identity module's api). Ids are UUIDs, so the two never collide.
 */
@ApplicationScoped
public class Custodians {

    @Inject
    LocationDirectory locations;

    @Inject
    Members members;

    /**
     * The custodian a request names in {@code field}, which must be able to take inventory now: an open
     * location, or an active distributor or sales member. Unknown in this tenant: 422 naming the field.
     */
    public Custodian holder(String field, UUID id) {
        Optional<LocationDirectory.Entry> location = locations.find(id);
        if (location.isPresent()) {
            location.get().requireActive();
            return Custodian.location(id);
        }
        MemberSummary member = members.find(id)
                .orElseThrow(() -> UnknownReference.of("member or location", field, id));
        if (member.role() == TenantRole.ADMIN) {
            throw new ProblemException(409, "not-a-custodian", "Not a custodian", member.displayName()
                    + " is an admin; inventory is held by distributors, sales users and locations");
        }
        if (!member.active()) {
            throw new ProblemException(409, "custodian-inactive", "Custodian is disabled",
                    member.displayName() + " is disabled and cannot take inventory");
        }
        return Custodian.member(id);
    }

    /** Any custodian that exists, active or not (for filters and views). */
    public Custodian known(UUID id) {
        if (locations.find(id).isPresent()) {
            return Custodian.location(id);
        }
        return members.find(id).map(m -> Custodian.member(id)).orElseThrow(() -> notFound(id));
    }

    /** How a view names the custodian; the id when it cannot be found any more. */
    public String name(Custodian custodian) {
        return switch (custodian.kind()) {
            case LOCATION -> locations.find(custodian.id()).map(LocationDirectory.Entry::name).orElse(custodian.id().toString());
            case MEMBER -> members.find(custodian.id()).map(MemberSummary::displayName).orElse(custodian.id().toString());
        };
    }

    /** Names of many custodians at once: locations from the directory (one query for the misses), members in one through the identity module. */
    public Map<UUID, String> names(Collection<Custodian> wanted) {
        Map<UUID, String> result = new HashMap<>();
        List<UUID> locationIds = wanted.stream().filter(c -> c.kind() == CustodianKind.LOCATION).map(Custodian::id).toList();
        locations.findAll(locationIds).forEach((id, l) -> result.put(id, l.name()));
        List<UUID> memberIds = wanted.stream().filter(c -> c.kind() == CustodianKind.MEMBER).map(Custodian::id).toList();
        members.findAll(memberIds).forEach((id, member) -> result.put(id, member.displayName()));
        wanted.forEach(c -> result.putIfAbsent(c.id(), c.id().toString()));
        return result;
    }

    /**
     * Names of the custodians among {@code ids} (locations in one query, then the rest as members in one through the
     * identity module); an id that is neither in this tenant is left out.
     */
    public Map<UUID, String> namesOfKnown(Collection<UUID> ids) {
        Map<UUID, String> result = new HashMap<>();
        List<UUID> distinct = ids.stream().distinct().toList();
        locations.findAll(distinct).forEach((id, l) -> result.put(id, l.name()));
        members.findAll(distinct.stream().filter(id -> !result.containsKey(id)).toList())
                .forEach((id, member) -> result.put(id, member.displayName()));
        return result;
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(404, "custodian-not-found", "Custodian not found",
                "There is no member or location '" + id + "' in this tenant");
    }
}
