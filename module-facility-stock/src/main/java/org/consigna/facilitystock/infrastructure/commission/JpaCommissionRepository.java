package org.consigna.facilitystock.infrastructure.commission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.facilitystock.domain.commission.CommissionLine;
import org.consigna.facilitystock.domain.commission.CommissionPayment;
import org.consigna.facilitystock.domain.commission.CommissionRate;
import org.consigna.facilitystock.domain.commission.CommissionRepository;
import org.consigna.facilitystock.domain.commission.CommissionSplit;
import org.consigna.facilitystock.domain.commission.NoCommission;

/** Commission rules and lines with JPA in the current tenant's schema. */
@ApplicationScoped
public class JpaCommissionRepository implements CommissionRepository {

    @Inject
    EntityManager em;

    @Override
    public List<CommissionRate> ratesOf(Collection<UUID> repIds) {
        if (repIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from CommissionRate r where r.repId in :reps", CommissionRate.class)
                .setParameter("reps", repIds).getResultList();
    }

    @Override
    public Optional<CommissionRate> rate(UUID repId, UUID surgeonId) {
        TypedQuery<CommissionRate> query = surgeonId == null
                ? em.createQuery("select r from CommissionRate r where r.repId = :rep and r.surgeonId is null", CommissionRate.class)
                : em.createQuery("select r from CommissionRate r where r.repId = :rep and r.surgeonId = :surgeon",
                        CommissionRate.class).setParameter("surgeon", surgeonId);
        return query.setParameter("rep", repId).getResultStream().findFirst();
    }

    @Override
    public List<CommissionRate> rates(UUID afterId, int limit) {
        TypedQuery<CommissionRate> query = afterId == null
                ? em.createQuery("select r from CommissionRate r order by r.id", CommissionRate.class)
                : em.createQuery("select r from CommissionRate r where r.id > :after order by r.id", CommissionRate.class)
                .setParameter("after", afterId);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public CommissionSplit split(boolean lock) {
        CommissionSplit split = lock ? em.find(CommissionSplit.class, CommissionSplit.ID, LockModeType.PESSIMISTIC_WRITE)
                : em.find(CommissionSplit.class, CommissionSplit.ID);
        return split != null ? split : CommissionSplit.standard();
    }

    @Override
    public Optional<NoCommission> noCommission(UUID eventId) {
        return Optional.ofNullable(em.find(NoCommission.class, eventId));
    }

    @Override
    public List<CommissionLine> unreversed(UUID eventId) {
        return em.createQuery("select l from CommissionLine l where l.eventId = :event and l.kind = :earned and not exists"
                        + " (select r from CommissionLine r where r.reversesId = l.id) order by l.recordedAt, l.id",
                        CommissionLine.class)
                .setParameter("event", eventId)
                .setParameter("earned", org.consigna.facilitystock.domain.commission.CommissionKind.EARNED)
                .getResultList();
    }

    @Override
    public Optional<CommissionLine> lock(UUID lineId) {
        return Optional.ofNullable(em.find(CommissionLine.class, lineId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<CommissionPayment> payment(UUID lineId) {
        return Optional.ofNullable(em.find(CommissionPayment.class, lineId));
    }

    @Override
    public List<PaidLine> lines(LineFilter filter, LineKey after, int limit) {
        StringBuilder jpql = new StringBuilder("select l, p from CommissionLine l left join CommissionPayment p"
                + " on p.lineId = l.id where 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (filter.repId() != null) {
            jpql.append(" and l.repId = :rep");
            params.add(new Object[] {"rep", filter.repId()});
        }
        if (filter.eventId() != null) {
            jpql.append(" and l.eventId = :event");
            params.add(new Object[] {"event", filter.eventId()});
        }
        if (filter.from() != null) {
            jpql.append(" and l.recordedAt >= :from");
            params.add(new Object[] {"from", filter.from()});
        }
        if (filter.to() != null) {
            jpql.append(" and l.recordedAt < :to");
            params.add(new Object[] {"to", filter.to()});
        }
        if (filter.paid() != null) {
            jpql.append(filter.paid() ? " and p.lineId is not null" : " and p.lineId is null");
        }
        if (after != null) {
            jpql.append(" and (l.recordedAt < :afterAt or (l.recordedAt = :afterAt and l.id < :afterId))");
            params.add(new Object[] {"afterAt", after.recordedAt()});
            params.add(new Object[] {"afterId", after.id()});
        }
        jpql.append(" order by l.recordedAt desc, l.id desc");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.setMaxResults(limit).getResultStream()
                .map(row -> new PaidLine((CommissionLine) row[0], (CommissionPayment) row[1])).toList();
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
