package org.consigna.purchasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.consigna.platform.problem.ProblemException;
import org.consigna.purchasing.api.VendorConnector;

/** The installed vendor connectors, found once with {@link ServiceLoader} through the contract's class loader (the war's). */
@ApplicationScoped
public class Connectors {

    private volatile Map<String, VendorConnector> byId;

    public VendorConnector require(String id) {
        VendorConnector connector = all().get(id);
        if (connector == null) {
            throw ProblemException.badRequest("unknown-connector", "No vendor connector '" + id + "' is installed; installed: "
                    + all().keySet());
        }
        return connector;
    }

    /** Refuses a connector name nothing installed answers to; null (no connector) is fine. */
    public void requireKnown(String id) {
        if (id != null && !id.isBlank()) {
            require(id.trim());
        }
    }

    public Map<String, VendorConnector> all() {
        Map<String, VendorConnector> found = byId;
        if (found == null) {
            found = new TreeMap<>();
            for (VendorConnector connector : ServiceLoader.load(VendorConnector.class, VendorConnector.class.getClassLoader())) {
                found.put(connector.id(), connector);
            }
            byId = found;
        }
        return found;
    }
}
