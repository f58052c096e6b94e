package org.consigna.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.MemberRepository;
import org.consigna.platform.persistence.Transactions;
import org.consigna.platform.security.Membership;
import org.consigna.platform.security.Memberships;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Memberships for the authentication mechanism, asked on every tenant request. Kept briefly
 * (absent ones too, so unknown users cost no query per request) and dropped once a change of
 * that membership commits, so a disabled member is refused on the very next request.
 */
@ApplicationScoped
public class MembershipCache implements Memberships {

    /** Above this many entries, expired ones are swept out before adding another. */
    private static final int SWEEP_ABOVE = 10_000;

    @Inject
    MemberRepository members;

    @Inject
    Transactions transactions;

    @Inject
    @ConfigProperty(name = "identity.membership-cache-seconds", defaultValue = "30")
    long ttlSeconds;

    private record Key(String tenantId, String subject) {
    }

    private record Entry(Optional<Membership> membership, long expiresAt) {
    }

    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

    /** No transaction here: a hit is a map read; the repository opens one on a miss. */
    @Override
    public Optional<Membership> find(String tenantId, String subject) {
        if (tenantId == null || subject == null) {
            return Optional.empty();
        }
        Key key = new Key(tenantId, subject);
        long now = System.nanoTime();
        Entry cached = cache.get(key);
        if (cached != null && now - cached.expiresAt() < 0) {
            return cached.membership();
        }
        Optional<Membership> found = members.findBySubject(tenantId, subject).map(Member::membership);
        if (cache.size() > SWEEP_ABOVE) {
            cache.values().removeIf(entry -> now - entry.expiresAt() >= 0);
        }
        cache.put(key, new Entry(found, now + Duration.ofSeconds(ttlSeconds).toNanos()));
        return found;
    }

    /** Drops the entry now and again after the current transaction, so no request re-caches the old state. */
    public void forgetAfterCommit(Member member) {
        if (member.subject() == null) {
            return;
        }
        Key key = new Key(member.tenantId(), member.subject());
        cache.remove(key);
        transactions.afterCompletion(() -> cache.remove(key));
    }
}
