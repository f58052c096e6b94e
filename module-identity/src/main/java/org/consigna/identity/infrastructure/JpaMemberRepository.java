package org.consigna.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.identity.api.MemberStatus;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.MemberRepository;
import org.consigna.platform.persistence.PlatformData;

@ApplicationScoped
class JpaMemberRepository implements MemberRepository {

    @Inject
    @PlatformData
    EntityManager em;

    @Override
    public Optional<Member> find(String tenantId, UUID id) {
        return Optional.ofNullable(em.find(Member.class, id)).filter(m -> m.tenantId().equals(tenantId));
    }

    @Override
    @Transactional(TxType.REQUIRED) // the membership cache calls this on a miss, outside any transaction
    public Optional<Member> findBySubject(String tenantId, String subject) {
        return em.createQuery("select m from Member m where m.tenantId = :tenant and m.subject = :subject", Member.class)
                .setParameter("tenant", tenantId)
                .setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Member> findByEmail(String tenantId, String email) {
        return em.createQuery("select m from Member m where m.tenantId = :tenant and lower(m.email) = :email", Member.class)
                .setParameter("tenant", tenantId)
                .setParameter("email", Member.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    @Override
    public List<Member> all(String tenantId) {
        return em.createQuery("select m from Member m where m.tenantId = :tenant order by m.displayName, m.id", Member.class)
                .setParameter("tenant", tenantId)
                .getResultList();
    }

    @Override
    public List<Member> activeOf(String subject) {
        return em.createQuery("select m from Member m where m.subject = :subject and m.status = :active order by m.tenantId",
                        Member.class)
                .setParameter("subject", subject)
                .setParameter("active", MemberStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public List<Member> page(String tenantId, boolean includeDisabled, String afterName, UUID afterId, int limit) {
        String seek = afterName == null ? "" : " and m.displayName >= :name and (m.displayName > :name or m.id > :id)";
        var query = em.createQuery("select m from Member m where m.tenantId = :tenant"
                        + (includeDisabled ? "" : " and m.status = :active") + seek + " order by m.displayName, m.id", Member.class)
                .setParameter("tenant", tenantId).setMaxResults(limit);
        if (!includeDisabled) {
            query.setParameter("active", MemberStatus.ACTIVE);
        }
        if (afterName != null) {
            query.setParameter("name", afterName).setParameter("id", afterId);
        }
        return query.getResultList();
    }

    @Override
    public List<Member> byIds(String tenantId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Member m where m.tenantId = :tenant and m.id in :ids", Member.class)
                .setParameter("tenant", tenantId).setParameter("ids", ids).getResultList();
    }

    @Override
    public void add(Member member) {
        em.persist(member);
        em.flush();
    }
}
