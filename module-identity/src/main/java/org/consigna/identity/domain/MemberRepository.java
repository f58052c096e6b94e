package org.consigna.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Members, always looked up within one tenant. */
public interface MemberRepository {

    Optional<Member> find(String tenantId, UUID id);

    Optional<Member> findBySubject(String tenantId, String subject);

    /** By e-mail address, whatever its case. */
    Optional<Member> findByEmail(String tenantId, String email);

    List<Member> all(String tenantId);

    /** The person's active memberships in every tenant: the tenants they may enter. */
    List<Member> activeOf(String subject);

    /** A page of members by display name and id, after ({@code afterName}, {@code afterId}) if given; active ones only unless told. */
    List<Member> page(String tenantId, boolean includeDisabled, String afterName, UUID afterId, int limit);

    List<Member> byIds(String tenantId, java.util.Collection<UUID> ids);

    void add(Member member);
}
