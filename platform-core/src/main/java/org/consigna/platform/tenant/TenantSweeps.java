package org.consigna.platform.tenant;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Work a module does for every tenant off any request: a periodic sweep (an outbox, reminders, daily digests) on
 * Jakarta Concurrency's managed scheduler, each tenant in its own tenant and request context. A sweep never throws:
 * a periodic task that throws is not run again, and one tenant's failure must not stop the others'.
 */
@ApplicationScoped
public class TenantSweeps {

    private static final Logger LOG = Logger.getLogger(TenantSweeps.class.getName());
    private static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";

    @Inject
    TenantDirectory tenants;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Inject
    TenantContext tenantContext;

    /**
     * The container's managed scheduler, looked up rather than injected so that a platform without it still starts;
     * when it is missing, the warning says what goes without it ({@code withoutIt}).
     */
    public Optional<ManagedScheduledExecutorService> scheduler(String withoutIt) {
        try {
            return Optional.of(InitialContext.doLookup(SCHEDULER));
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "No " + SCHEDULER + ": " + withoutIt, e);
            return Optional.empty();
        }
    }

    /**
     * Runs {@code work} for every active tenant that has the module, each in its own context; the sum of what the
     * tenants' runs return (a failed run counts 0). {@code what} names the sweep in the log. Never throws.
     */
    public int forEachTenantWith(String moduleId, String what, ToIntFunction<TenantRef> work) {
        List<TenantRef> active;
        try {
            active = tenants.active();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + ": the tenant registry could not be read", e);
            return 0;
        }
        int total = 0;
        for (TenantRef tenant : active) {
            if (tenant.modules().contains(moduleId)) {
                total += inTenant(tenant, what, () -> work.applyAsInt(tenant), 0);
            }
        }
        return total;
    }

    /**
     * Runs {@code work} as the tenant, in a request context of its own (request-scoped beans such as the tenant's
     * entity manager live in it); a failure is logged and gives {@code otherwise}. Never throws.
     */
    public <T> T inTenant(TenantRef tenant, String what, Supplier<T> work, T otherwise) {
        RequestContextController request = requestContexts.get();
        boolean activated = request.activate();
        try {
            return tenantContext.runAs(tenant, work);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " of tenant " + tenant.id() + " failed; the next run tries again", e);
            return otherwise;
        } finally {
            if (activated) {
                request.deactivate();
            }
            requestContexts.destroy(request);
        }
    }
}
