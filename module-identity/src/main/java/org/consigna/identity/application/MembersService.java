package org.consigna.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;
import org.consigna.identity.api.Members;
import org.consigna.identity.api.MemberSummary;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.MemberRepository;
import org.consigna.platform.cache.CacheInvalidation;
import org.consigna.platform.cache.TenantRecords;
import org.consigna.platform.tenant.TenantContext;

/**
 * Members of the request's tenant for other modules; the tenant comes from the request, never from the caller.
 * Summaries (name, role, kind, status) are asked several times per request (a device's custodian, an event's
 * lines): kept briefly per member, absent ones too, and dropped on every node once a change of that member
 * commits ({@link MemberService} is the only writer of members; {@link CacheInvalidation}).
 */
@ApplicationScoped
public class MembersService implements Members {

    static final String CACHE = "identity.member-summaries";

    private static final int SWEEP_ABOVE = 10_000;

    @Inject
    MemberRepository members;

    @Inject
    TenantContext tenant;

    @Inject
    CacheInvalidation invalidation;

    private TenantRecords<MemberSummary> summaries;

    @PostConstruct
    void init() {
        summaries = invalidation.records(CACHE, SWEEP_ABOVE);
    }

    @Override
    @Transactional
    public Optional<MemberSummary> find(UUID memberId) {
        if (memberId == null) {
            return Optional.empty();
        }
        String tenantId = tenant.require().id();
        return summaries.find(tenantId, memberId, id -> members.find(tenantId, id).map(Member::summary));
    }

    /** Cached ones from the cache; on the first miss, all of them in one query. */
    @Override
    @Transactional
    public Map<UUID, MemberSummary> findAll(Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        String tenantId = tenant.require().id();
        return summaries.findAll(tenantId, memberIds, ids -> members.byIds(tenantId, ids).stream().map(Member::summary)
                .collect(Collectors.toMap(MemberSummary::id, Function.identity())));
    }

    /** Drops the member's summary now and, on every node, after the current transaction commits. */
    public void forgetAfterCommit(String tenantId, UUID memberId) {
        summaries.forgetAfterCommit(tenantId, memberId);
    }
}
