package org.consigna.server;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.consigna.platform.persistence.TenantSchema;

/**
 * The platform's REST API under {@code /api}; every module's resources join it. The data
 * source's settings come from MicroProfile Config, so {@code DB_URL}, {@code DB_USER} and
 * {@code DB_PASSWORD} in the environment override the defaults.
 */
@ApplicationPath("api")
@DataSourceDefinition(
        name = TenantSchema.DATA_SOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=auto-commit"})
public class ConsignaApplication extends Application {
}
