package org.consigna.facilitystock.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.facilitystock.domain.par.FacilityStockSetting;
import org.consigna.facilitystock.domain.par.ParLevel;
import org.consigna.facilitystock.domain.par.ParLevelRepository;
import org.consigna.inventory.api.StockQueries;
import org.consigna.platform.problem.ProblemException;

/**
 * Par levels: set by admins, and by a custodian who sold facility stock to the facility when the tenant allows it.
 * Changing a par re-checks the item's alert: a level now at par recovers it (only a consuming event raises one).
 */
@ApplicationScoped
@Transactional
public class ParLevelService {

    @Inject
    ParLevelRepository parLevels;

    @Inject
    FacilityStockService stock;

    @Inject
    StockQueries queries;

    @Inject
    LowLevelAlerts alerts;

    @Inject
    StockAccess access;

    @Inject
    EntityManager em;

    public ParLevel set(UUID facilityId, UUID itemId, int par) {
        String facility = stock.requireFacility(facilityId);
        stock.requireItem(itemId);
        requireMaySetPar(facilityId, facility);
        Instant now = Instant.now();
        ParLevel level = parLevels.lock(facilityId, itemId).orElse(null);
        if (level == null) {
            level = new ParLevel(facilityId, itemId, par, access.actorId(), now);
            parLevels.add(level);
        } else {
            level.change(par, access.actorId(), now);
        }
        alerts.check(facilityId, List.of(itemId), null);
        return level;
    }

    public List<ParLevel> page(UUID facilityId, UUID afterItemId, int limit) {
        stock.requireFacility(facilityId);
        return parLevels.page(facilityId, afterItemId, limit);
    }

    public FacilityStockSetting settings() {
        return em.find(FacilityStockSetting.class, FacilityStockSetting.ID);
    }

    public FacilityStockSetting allowCustodiansToSetPar(boolean allowed) {
        FacilityStockSetting setting = settings();
        setting.custodiansSetPar(allowed);
        return setting;
    }

    private void requireMaySetPar(UUID facilityId, String facility) {
        if (access.isAdmin()) {
            return;
        }
        if (!settings().custodiansSetPar()) {
            throw new ProblemException(403, "par-level-forbidden", "Not allowed to set par levels",
                    "Admins set par levels; this tenant does not let selling custodians set them");
        }
        UUID me = access.actorId();
        boolean sold = queries.facilityStock(facilityId).stream().anyMatch(d -> me.equals(d.custodianId()));
        if (!sold) {
            throw new ProblemException(403, "par-level-forbidden", "Not allowed to set par levels",
                    "Only admins and custodians who sold facility stock to " + facility + " (and hold it there) set its"
                            + " par levels");
        }
    }
}
