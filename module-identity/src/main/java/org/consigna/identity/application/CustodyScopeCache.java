package org.consigna.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.consigna.identity.api.CustodyScope;
import org.consigna.platform.cache.CacheInvalidation;
import org.consigna.platform.cache.ExpiringCache;

/**
 * Custody scopes (whose inventory a member may act on), asked on most tenant requests: kept briefly per
 * member and dropped on every node once a change that moves one commits ({@link CacheInvalidation}): the
 * member's role or status (disabled, enabled), a sharing link made or removed (both of its members).
 * A scope depends only on the member row and the links touching it ({@code CustodyRules}), so those are
 * the only invalidations. Bounded by the caches' lifetime ({@code platform.cache.ttl-seconds}) and a
 * sweep above {@value #SWEEP_ABOVE} entries.
 */
@ApplicationScoped
public class CustodyScopeCache {

    static final String CACHE = "identity.custody-scopes";

    private static final int SWEEP_ABOVE = 10_000;

    @Inject
    MemberService members;

    @Inject
    CacheInvalidation invalidation;

    private ExpiringCache<String, CustodyScope> cache;

    @PostConstruct
    void init() {
        cache = invalidation.cache(CACHE, SWEEP_ABOVE);
    }

    /** A hit is a map read; a miss reads the member and its active links. */
    public CustodyScope of(String tenantId, UUID memberId) {
        return cache.get(key(tenantId, memberId), key -> java.util.Optional.of(members.custodyScope(tenantId, memberId)))
                .orElseThrow();
    }

    /** Drops the member's scope now and, on every node, after the current transaction commits. */
    public void forgetAfterCommit(String tenantId, UUID memberId) {
        invalidation.afterCommit(CACHE, key(tenantId, memberId));
    }

    private static String key(String tenantId, UUID memberId) {
        return tenantId + '\n' + memberId;
    }
}
