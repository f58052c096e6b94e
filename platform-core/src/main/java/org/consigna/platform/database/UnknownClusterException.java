package org.consigna.platform.database;

import java.util.List;
import java.util.Map;
import org.consigna.platform.problem.ProblemException;

/** The registry places a tenant on a database cluster this server is not configured for: nothing can reach its data. */
public class UnknownClusterException extends ProblemException {

    public UnknownClusterException(String cluster, List<String> configured) {
        super(503, "unknown-database-cluster", "Unknown database cluster",
                "The tenant's data is registered on database cluster '" + cluster + "', which this server is not"
                        + " configured for (consigna.db.clusters: " + String.join(",", configured) + ")",
                Map.of("cluster", String.valueOf(cluster)));
    }
}
