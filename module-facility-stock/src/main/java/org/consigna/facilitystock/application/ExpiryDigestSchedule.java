package org.consigna.facilitystock.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.consigna.facilitystock.FacilityStockModule;
import org.consigna.platform.bootstrap.PlatformStarted;
import org.consigna.platform.tenant.TenantSweeps;

/**
 * Produces each day's expiry digests at 05:00 UTC for every active tenant with this module, on Jakarta Concurrency's
 * managed scheduler (no EJB timer). Producing is idempotent per day, so a second node or a restart adds nothing.
 */
@ApplicationScoped
public class ExpiryDigestSchedule {

    private static final Logger LOG = Logger.getLogger(ExpiryDigestSchedule.class.getName());
    private static final int HOUR_UTC = 5;

    @Inject
    TenantSweeps sweeps;

    @Inject
    ExpiryService expiry;

    void start(@Observes PlatformStarted started) {
        sweeps.scheduler("expiry digests are produced on request only").ifPresent(scheduler -> {
            ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
            ZonedDateTime next = now.toLocalDate().atTime(HOUR_UTC, 0).atZone(ZoneOffset.UTC);
            if (!next.isAfter(now)) {
                next = next.plusDays(1);
            }
            scheduler.scheduleAtFixedRate(this::runForAllTenants, Duration.between(now, next).toMillis(),
                    TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
            LOG.info(() -> "Expiry digests scheduled daily at " + HOUR_UTC + ":00 UTC");
        });
    }

    /** Never throws. */
    void runForAllTenants() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        sweeps.forEachTenantWith(FacilityStockModule.ID, "Expiry digests for " + today, tenant -> {
            expiry.produce(today);
            return 0;
        });
    }
}
