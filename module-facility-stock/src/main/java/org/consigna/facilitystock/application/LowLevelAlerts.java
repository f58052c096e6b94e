package org.consigna.facilitystock.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consigna.facilitystock.domain.par.AlertRepository;
import org.consigna.facilitystock.domain.par.LowLevelAlert;
import org.consigna.facilitystock.domain.par.LowLevelRule;
import org.consigna.facilitystock.domain.par.ParLevel;
import org.consigna.facilitystock.domain.par.ParLevelRepository;
import org.consigna.platform.problem.ProblemException;

/**
 * Low-level alerts: checked for the items an event touched at its facility (after it was submitted) or whose par
 * changed. The par level's row is locked while checking, so two submits at once raise one alert; the database's
 * unique index on outstanding alerts backs that up.
 */
@ApplicationScoped
@Transactional
public class LowLevelAlerts {

    @Inject
    ParLevelRepository parLevels;

    @Inject
    AlertRepository alerts;

    @Inject
    FacilityStockService stock;

    @Inject
    StockAccess access;

    /** @param eventId the event that changed the stock, null when a par level changed */
    public void check(UUID facilityId, Collection<UUID> itemIds, UUID eventId) {
        Map<UUID, Integer> onHand = null;
        for (UUID itemId : itemIds.stream().distinct().sorted().toList()) {
            Optional<ParLevel> par = parLevels.lock(facilityId, itemId);
            Optional<LowLevelAlert> outstanding = alerts.outstanding(facilityId, itemId);
            if (par.isEmpty() && outstanding.isEmpty()) {
                continue;
            }
            if (onHand == null) {
                onHand = stock.onHand(facilityId);
            }
            int level = onHand.getOrDefault(itemId, 0);
            switch (LowLevelRule.evaluate(par.map(ParLevel::par).orElse(null), level, outstanding.isPresent())) {
                case RAISE -> {
                    if (eventId != null) {
                        alerts.add(new LowLevelAlert(facilityId, itemId, par.get().par(), level, eventId, Instant.now()));
                    }
                }
                case RECOVER -> outstanding.get().recovered(Instant.now());
                case NOTHING -> { }
            }
        }
    }

    public List<LowLevelAlert> page(UUID facilityId, boolean unacknowledgedOnly, AlertRepository.AlertKey after,
                                    int limit) {
        return alerts.page(facilityId, unacknowledgedOnly, after, limit);
    }

    public LowLevelAlert acknowledge(UUID alertId) {
        LowLevelAlert alert = alerts.lock(alertId).orElseThrow(() -> ProblemException.notFound("Low-level alert", alertId));
        alert.acknowledge(access.actorId(), Instant.now());
        return alert;
    }
}
