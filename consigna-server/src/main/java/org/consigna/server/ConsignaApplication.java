package org.consigna.server;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.consigna.platform.security.TenantRole;

/**
 * The platform's REST API under {@code /api}; every module's resources join it. The data
 * source all modules share is declared in {@code WEB-INF/web.xml}. The API is described at
 * {@code /openapi}; Jersey's WADL would hand the whole resource model to anyone with a token.
 */
@ApplicationPath("api")
@DeclareRoles({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE, TenantRole.OPERATOR_ROLE})
public class ConsignaApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
