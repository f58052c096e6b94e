package org.consigna.billing.infrastructure.price;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consigna.billing.domain.price.PriceSheet;
import org.consigna.billing.domain.price.PriceSheetLine;
import org.consigna.billing.domain.price.PriceSheetRepository;

@ApplicationScoped
class JpaPriceSheetRepository implements PriceSheetRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<PriceSheet> current(UUID facilityId, boolean lock) {
        return em.createQuery("select s from PriceSheet s where s.facilityId = :f and s.replacedAt is null", PriceSheet.class)
                .setParameter("f", facilityId).setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<PriceSheet> find(UUID sheetId) {
        return Optional.ofNullable(em.find(PriceSheet.class, sheetId));
    }

    @Override
    public List<PriceSheet> history(UUID facilityId, Instant afterUploadedAt, UUID afterId, int limit) {
        String after = afterUploadedAt == null ? ""
                : " and (s.uploadedAt < :at or (s.uploadedAt = :at and s.id > :id))";
        var query = em.createQuery("select s from PriceSheet s where s.facilityId = :f" + after
                + " order by s.uploadedAt desc, s.id", PriceSheet.class).setParameter("f", facilityId).setMaxResults(limit);
        if (afterUploadedAt != null) {
            query.setParameter("at", afterUploadedAt).setParameter("id", afterId);
        }
        return query.getResultList();
    }

    @Override
    public List<PriceSheetLine> lines(UUID sheetId) {
        return em.createQuery("select l from PriceSheetLine l where l.sheetId = :s order by l.rowNumber", PriceSheetLine.class)
                .setParameter("s", sheetId).getResultList();
    }

    @Override
    public Map<UUID, BigDecimal> prices(UUID sheetId, Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l from PriceSheetLine l where l.sheetId = :s and l.itemId in :items",
                        PriceSheetLine.class).setParameter("s", sheetId).setParameter("items", itemIds).getResultStream()
                .collect(Collectors.toMap(PriceSheetLine::itemId, PriceSheetLine::unitPrice));
    }

    @Override
    public void add(PriceSheet sheet, List<PriceSheetLine> lines) {
        em.flush(); // the replaced sheet first: the index of one current sheet per facility checks each row
        em.persist(sheet);
        em.flush(); // a concurrent upload is refused here, before the lines are written
        lines.forEach(em::persist);
        em.flush();
    }
}
