package org.consigna.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.consigna.platform.module.ConsignaModule;
import org.consigna.platform.module.ModuleRegistry;
import org.eclipse.persistence.jpa.PersistenceProvider;

/** Builds the platform's EntityManagerFactory from the entities of every installed module. */
@ApplicationScoped
public class PersistenceUnitFactory {

    private static final Logger LOG = Logger.getLogger(PersistenceUnitFactory.class.getName());

    @Inject
    ModuleRegistry modules;

    EntityManagerFactory create(DataSource dataSource) {
        List<String> entities = Stream.concat(Stream.of(InstantConverter.class),
                        modules.all().stream().map(ConsignaModule::entities).flatMap(Set::stream))
                .map(Class::getName)
                .sorted()
                .toList();
        LOG.info(() -> "Persistence unit with " + entities.size() + " entities: " + entities);
        URL root = PersistenceUnitFactory.class.getProtectionDomain().getCodeSource().getLocation();
        ModulesPersistenceUnit unit = new ModulesPersistenceUnit(entities, dataSource,
                PersistenceUnitFactory.class.getClassLoader(), root);
        Map<String, Object> properties = Map.of(
                "eclipselink.target-server", "Glassfish",
                "eclipselink.target-database", "PostgreSQL",
                "eclipselink.weaving", "false",
                "eclipselink.logging.level", "WARNING",
                "eclipselink.jdbc.batch-writing", "JDBC",
                "eclipselink.jdbc.batch-writing.size", "500",
                "eclipselink.multitenant.tenants-share-cache", "false",
                "jakarta.persistence.validation.mode", "NONE");
        return new PersistenceProvider().createContainerEntityManagerFactory(unit, properties);
    }
}
