package org.consigna.billing.application.close;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.billing.api.ReplenishmentRequested;
import org.consigna.billing.api.Replenishments;
import org.consigna.billing.domain.close.Replenishment;
import org.consigna.platform.tenant.TenantContext;

/** The replenishment requests for purchasing made at closing (not those sent as transfers), grouped by closing. */
@ApplicationScoped
public class ReplenishmentQueries implements Replenishments {

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Override
    public List<ReplenishmentRequested> requested(UUID representativeId, int limit) {
        var query = em.createQuery("select r from Replenishment r where r.transferId is null"
                + (representativeId == null ? "" : " and r.representativeId = :rep")
                + " order by r.requestedAt, r.id", Replenishment.class).setMaxResults(limit * 50);
        if (representativeId != null) {
            query.setParameter("rep", representativeId);
        }
        Map<UUID, List<Replenishment>> byEvent = new LinkedHashMap<>();
        query.getResultList().forEach(r -> byEvent.computeIfAbsent(r.recordId(), e -> new java.util.ArrayList<>()).add(r));
        return byEvent.values().stream().limit(limit).map(rows -> new ReplenishmentRequested(tenant.require().id(),
                rows.get(0).eventId(), rows.get(0).representativeId(), rows.stream()
                .map(r -> new ReplenishmentRequested.Item(r.itemId(), r.quantity())).toList(), rows.get(0).requestedBy(),
                rows.get(0).requestedAt())).toList();
    }
}
