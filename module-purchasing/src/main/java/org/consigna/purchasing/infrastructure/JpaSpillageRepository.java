package org.consigna.purchasing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.purchasing.domain.spillage.ReasonCode;
import org.consigna.purchasing.domain.spillage.Rma;
import org.consigna.purchasing.domain.spillage.RmaLine;
import org.consigna.purchasing.domain.spillage.SpillageLine;
import org.consigna.purchasing.domain.spillage.SpillageReport;
import org.consigna.purchasing.domain.spillage.SpillageRepository;

@ApplicationScoped
class JpaSpillageRepository implements SpillageRepository {

    private static final Set<String> SEQUENCES = Set.of("spillage_report_number", "rma_number");

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Override
    public List<ReasonCode> reasonCodes() {
        return em.createQuery("select r from ReasonCode r order by r.code", ReasonCode.class).getResultList();
    }

    @Override
    public Optional<ReasonCode> reasonCode(UUID id) {
        return Optional.ofNullable(em.find(ReasonCode.class, id));
    }

    @Override
    public Optional<SpillageReport> lock(UUID reportId) {
        return Optional.ofNullable(em.find(SpillageReport.class, reportId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<SpillageReport> find(UUID reportId) {
        return Optional.ofNullable(em.find(SpillageReport.class, reportId));
    }

    @Override
    public List<SpillageLine> lines(UUID reportId) {
        return em.createQuery("select l from SpillageLine l where l.reportId = :r order by l.position", SpillageLine.class)
                .setParameter("r", reportId).getResultList();
    }

    @Override
    public List<Rma> rmas(UUID reportId) {
        return em.createQuery("select r from Rma r where r.reportId = :r order by r.number", Rma.class)
                .setParameter("r", reportId).getResultList();
    }

    @Override
    public List<RmaLine> rmaLines(Collection<UUID> rmaIds) {
        if (rmaIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from RmaLine l where l.rmaId in :r", RmaLine.class).setParameter("r", rmaIds).getResultList();
    }

    @Override
    public Optional<Rma> lockRma(UUID rmaId) {
        return Optional.ofNullable(em.find(Rma.class, rmaId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public long nextNumber(String sequence) {
        if (!SEQUENCES.contains(sequence)) {
            throw new IllegalArgumentException("no sequence " + sequence);
        }
        return ((Number) em.createNativeQuery("select nextval('" + tenant.require().schema() + "." + sequence + "')")
                .getSingleResult()).longValue();
    }

    @Override
    public void add(Object row) {
        em.persist(row);
        em.flush();
    }
}
