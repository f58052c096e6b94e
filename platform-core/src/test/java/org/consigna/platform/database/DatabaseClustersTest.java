package org.consigna.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.consigna.platform.migration.DatabaseSettings;
import org.junit.jupiter.api.Test;

class DatabaseClustersTest {

    private static final DatabaseSettings MAIN = new DatabaseSettings("jdbc:postgresql://db1/consigna", "app", "secret");

    private static DatabaseClusters clusters(Map<String, String> config) {
        return new DatabaseClusters(MAIN, key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void withoutConfigurationOnlyTheMainDatabaseIsKnown() {
        DatabaseClusters clusters = clusters(Map.of());
        assertThat(clusters.names()).containsExactly("main");
        assertThat(clusters.settings("main")).isSameAs(MAIN);
    }

    @Test
    void aSecondClusterHasItsUrlAndBorrowsTheMainCredentialsUnlessGivenItsOwn() {
        DatabaseClusters clusters = clusters(Map.of("consigna.db.clusters", "main, second,third",
                "consigna.db.cluster.second.url", "jdbc:postgresql://db2/consigna",
                "consigna.db.cluster.third.url", "jdbc:postgresql://db3/consigna",
                "consigna.db.cluster.third.user", "other"));
        assertThat(clusters.names()).containsExactly("main", "second", "third");
        assertThat(clusters.settings("second").url()).isEqualTo("jdbc:postgresql://db2/consigna");
        assertThat(clusters.settings("second").user()).isEqualTo("app");
        assertThat(clusters.settings("third").user()).isEqualTo("other");
        assertThat(clusters.settings("third").password()).isEqualTo("secret");
    }

    @Test
    void anUnknownClusterIsAClearError() {
        assertThatThrownBy(() -> clusters(Map.of()).settings("east"))
                .isInstanceOf(UnknownClusterException.class)
                .hasMessageContaining("'east'").hasMessageContaining("consigna.db.clusters: main");
    }

    @Test
    void aListedClusterWithoutUrlOrWithABadNameStopsStartUp() {
        assertThatThrownBy(() -> clusters(Map.of("consigna.db.clusters", "main,second")))
                .hasMessageContaining("consigna.db.cluster.second.url is not set");
        assertThatThrownBy(() -> clusters(Map.of("consigna.db.clusters", "Second;drop")))
                .hasMessageContaining("is not a cluster name");
    }

    @Test
    void eachClusterButMainHasAPoolCreatedAtBoot() {
        assertThat(DatabaseClusters.dataSourceName("main")).isEqualTo("java:global/jdbc/consigna");
        assertThat(DatabaseClusters.dataSourceName("second")).isEqualTo("jdbc/consigna-second");
    }
}
