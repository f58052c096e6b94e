package org.consigna.identity.interfaces.rest;

import java.time.Instant;
import java.util.UUID;
import org.consigna.identity.domain.Member;

/**
 * A member in the API. Admins see everything; other members see only id, name and role (the
 * other fields are null and left out of the JSON).
 */
public record MemberView(UUID id, String displayName, String role, String kind, String status, String email,
                         String username, String firstName, String lastName, String subject, Instant createdAt,
                         Instant updatedAt) {

    static MemberView of(Member member) {
        return new MemberView(member.id(), member.displayName(), member.role().wire(), member.kind().wire(),
                member.status().wire(), member.email(), member.username(), member.firstName(), member.lastName(),
                member.subject(), member.createdAt(), member.updatedAt());
    }

    static MemberView brief(Member member) {
        return new MemberView(member.id(), member.displayName(), member.role().wire(), null, null, null, null, null,
                null, null, null, null);
    }
}
