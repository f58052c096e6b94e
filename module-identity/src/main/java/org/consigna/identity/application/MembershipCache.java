package org.consigna.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.MemberRepository;
import org.consigna.platform.cache.CacheInvalidation;
import org.consigna.platform.cache.ExpiringCache;
import org.consigna.platform.security.Membership;
import org.consigna.platform.security.Memberships;

/**
 * Memberships for the authentication mechanism, asked on every tenant request. Kept briefly
 * (absent ones too, so unknown users cost no query per request) and dropped on every node once a
 * change of that membership commits ({@link CacheInvalidation}), so a disabled member is refused on
 * the very next request, whichever node it reaches.
 */
@ApplicationScoped
public class MembershipCache implements Memberships {

    static final String CACHE = "identity.memberships";

    /** Above this many entries, expired ones are swept out before adding another. */
    private static final int SWEEP_ABOVE = 10_000;

    @Inject
    MemberRepository members;

    @Inject
    CacheInvalidation invalidation;

    private ExpiringCache<String, Membership> cache;

    @PostConstruct
    void init() {
        cache = invalidation.cache(CACHE, SWEEP_ABOVE);
    }

    /** No transaction here: a hit is a map read; the repository opens one on a miss. */
    @Override
    public Optional<Membership> find(String tenantId, String subject) {
        if (tenantId == null || subject == null) {
            return Optional.empty();
        }
        return cache.get(key(tenantId, subject),
                key -> members.findBySubject(tenantId, subject).map(Member::membership));
    }

    /** Drops the entry now and, on every node, after the current transaction commits. */
    public void forgetAfterCommit(Member member) {
        if (member.subject() != null) {
            invalidation.afterCommit(CACHE, key(member.tenantId(), member.subject()));
        }
    }

    private static String key(String tenantId, String subject) {
        return tenantId + '\n' + subject;
    }
}
