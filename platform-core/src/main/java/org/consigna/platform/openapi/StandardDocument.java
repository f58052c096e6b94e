package org.consigna.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps {@code /openapi} a standard document: Payara adds a top-level {@code endpoints} member (its
 * own listing of the paths by context root) that OpenAPI 3.0 does not allow and parsers report.
 */
public class StandardDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, (Object) null);
        } catch (ReflectiveOperationException notPayaras) {
            // Another implementation: nothing of the kind to remove.
        }
    }
}
