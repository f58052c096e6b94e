package org.consigna.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import org.consigna.events.api.EventBehaviour;
import org.consigna.platform.module.TenantContributions;
import org.consigna.platform.problem.ProblemException;

/**
 * The installed event behaviours, found once with {@link ServiceLoader} through the contract's
 * class loader (the war's, which sees every module jar in WEB-INF/lib). A tenant sees only those of
 * the modules it has enabled.
 */
@ApplicationScoped
public class Behaviours {

    private static final Logger LOG = Logger.getLogger(Behaviours.class.getName());

    @Inject
    TenantContributions contributions;

    private volatile Map<String, EventBehaviour> byId;

    /** The behaviours the request's tenant may build event types on. */
    public Collection<EventBehaviour> all() {
        return contributions.forCurrentTenant(load().values());
    }

    public Optional<EventBehaviour> find(String id) {
        return Optional.ofNullable(load().get(id)).filter(b -> contributions.actsForCurrentTenant(b.getClass()));
    }

    public EventBehaviour require(String id) {
        return find(id).orElseThrow(() -> ProblemException.badRequest("unknown-behaviour",
                "No event behaviour '" + id + "' is available to this tenant; available: "
                        + all().stream().map(EventBehaviour::id).toList()));
    }

    private Map<String, EventBehaviour> load() {
        Map<String, EventBehaviour> result = byId;
        if (result == null) {
            result = discover(EventBehaviour.class.getClassLoader());
            byId = result;
        }
        return result;
    }

    /** Every behaviour the class loader offers, by id; two with one id stop start-up with both names. */
    static Map<String, EventBehaviour> discover(ClassLoader loader) {
        Map<String, EventBehaviour> found = new LinkedHashMap<>();
        ServiceLoader.load(EventBehaviour.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(EventBehaviour::id))
                .forEach(behaviour -> {
                    EventBehaviour clash = found.putIfAbsent(behaviour.id(), behaviour);
                    if (clash != null) {
                        throw new IllegalStateException("Two event behaviours claim the id '" + behaviour.id() + "': "
                                + clash.getClass().getName() + " and " + behaviour.getClass().getName());
                    }
                });
        LOG.info(() -> "Event behaviours: " + found.keySet());
        return Map.copyOf(found);
    }
}
