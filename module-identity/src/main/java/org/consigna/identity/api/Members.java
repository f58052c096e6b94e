package org.consigna.identity.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;

/**
 * Members of the current request's tenant, by id. A member of another tenant is never found,
 * so an id taken from a request cannot reach across tenants.
 */
public interface Members {

    Optional<MemberSummary> find(UUID memberId);

    /** The members of these ids that exist in the current tenant, by id, read in one query (for lists that name many). */
    Map<UUID, MemberSummary> findAll(Collection<UUID> memberIds);

    /** The member, or a 404 problem of type {@code member-not-found}. */
    default MemberSummary require(UUID memberId) {
        return find(memberId).orElseThrow(() -> new ProblemException(404, "member-not-found", "Member not found",
                "There is no member '" + memberId + "' in this tenant"));
    }

    /**
     * The member a request refers to in {@code field}, or a 422 {@code unknown-reference} naming the
     * field: a member of another tenant is refused exactly as an id that never existed.
     */
    default MemberSummary requireReference(String field, UUID memberId) {
        return find(memberId).orElseThrow(() -> UnknownReference.of("member", field, memberId));
    }
}
