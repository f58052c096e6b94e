package org.consigna.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.consigna.platform.migration.DatabaseSettings;
import org.eclipse.microprofile.config.Config;

/**
 * The database clusters tenants can live in, from MicroProfile Config: {@code consigna.db.clusters=main,second}
 * and, for each cluster but {@code main} (which is {@code db.url}), {@code consigna.db.cluster.<name>.url}
 * with optional {@code .user} / {@code .password} (default: the main database's). The environment overrides
 * each key ({@code CONSIGNA_DB_CLUSTER_SECOND_URL}).
 */
@ApplicationScoped
public class DatabaseClusters {

    /** The cluster holding the platform schema, and every tenant not placed elsewhere. */
    public static final String MAIN = "main";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    @Inject
    Config config;

    @Inject
    DatabaseSettings main;

    private Map<String, DatabaseSettings> clusters;

    public DatabaseClusters() {
    }

    /** Clusters read from a key lookup, for tools and tests. */
    public DatabaseClusters(DatabaseSettings main, Function<String, Optional<String>> lookup) {
        this.clusters = read(main, lookup);
    }

    @PostConstruct
    void init() {
        clusters = read(main, key -> config.getOptionalValue(key, String.class));
    }

    /** The names configured, {@code main} first. */
    public List<String> names() {
        return List.copyOf(clusters.keySet());
    }

    public boolean isKnown(String cluster) {
        return clusters.containsKey(cluster);
    }

    /** How to reach the cluster; {@link UnknownClusterException} if it is not configured. */
    public DatabaseSettings settings(String cluster) {
        DatabaseSettings settings = clusters.get(cluster);
        if (settings == null) {
            throw new UnknownClusterException(cluster, names());
        }
        return settings;
    }

    /** The cluster's pooled, transactional data source: the application's own for main, one created at boot otherwise. */
    public static String dataSourceName(String cluster) {
        return MAIN.equals(cluster) ? "java:global/jdbc/consigna" : "jdbc/consigna-" + cluster;
    }

    private static Map<String, DatabaseSettings> read(DatabaseSettings main, Function<String, Optional<String>> lookup) {
        Map<String, DatabaseSettings> found = new LinkedHashMap<>();
        found.put(MAIN, main);
        List<String> names = Arrays.stream(lookup.apply("consigna.db.clusters").orElse(MAIN).split(","))
                .map(String::trim).filter(name -> !name.isEmpty() && !MAIN.equals(name)).toList();
        for (String name : names) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalStateException("consigna.db.clusters: '" + name
                        + "' is not a cluster name (lower-case letters, digits and _, starting with a letter)");
            }
            String prefix = "consigna.db.cluster." + name + ".";
            String url = lookup.apply(prefix + "url").orElseThrow(() -> new IllegalStateException(
                    "Database cluster '" + name + "' is listed in consigna.db.clusters but " + prefix + "url is not set"));
            found.put(name, new DatabaseSettings(url, lookup.apply(prefix + "user").orElse(main.user()),
                    lookup.apply(prefix + "password").orElse(main.password())));
        }
        return found;
    }
}
