package org.consigna.facilitystock.application;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.consigna.facilitystock.FacilityStockModule;
import org.consigna.platform.bootstrap.PlatformStarted;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.platform.tenant.TenantDirectory;
import org.consigna.platform.tenant.TenantRef;

/**
 * Produces each day's expiry digests at 05:00 UTC for every active tenant with this module, on Jakarta Concurrency's
 * managed scheduler (no EJB timer). Producing is idempotent per day, so a second node or a restart adds nothing.
 */
@ApplicationScoped
public class ExpiryDigestSchedule {

    private static final Logger LOG = Logger.getLogger(ExpiryDigestSchedule.class.getName());
    private static final int HOUR_UTC = 5;
    private static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";

    @Inject
    TenantDirectory tenants;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Inject
    TenantContext tenantContext;

    @Inject
    ExpiryService expiry;

    /** Looked up here rather than injected: a platform without the default scheduler still starts, without digests. */
    void start(@Observes PlatformStarted started) {
        ManagedScheduledExecutorService scheduler;
        try {
            scheduler = InitialContext.doLookup(SCHEDULER);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "No " + SCHEDULER + ": expiry digests are produced on request only", e);
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        ZonedDateTime next = now.toLocalDate().atTime(HOUR_UTC, 0).atZone(ZoneOffset.UTC);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        scheduler.scheduleAtFixedRate(this::runForAllTenants, Duration.between(now, next).toMillis(),
                TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
        LOG.info(() -> "Expiry digests scheduled daily at " + HOUR_UTC + ":00 UTC");
    }

    /** Never throws: a periodic task that throws is not run again. */
    void runForAllTenants() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<TenantRef> active;
        try {
            active = tenants.active();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expiry digests for " + today + ": the tenant registry could not be read", e);
            return;
        }
        for (TenantRef tenant : active) {
            if (!tenant.modules().contains(FacilityStockModule.ID)) {
                continue;
            }
            RequestContextController request = requestContexts.get();
            request.activate();
            try {
                tenantContext.runAs(tenant, () -> expiry.produce(today));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Expiry digest of tenant " + tenant.id() + " for " + today + " failed", e);
            } finally {
                request.deactivate();
                requestContexts.destroy(request);
            }
        }
    }
}
