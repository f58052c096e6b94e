package org.consigna.platform.openapi;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
            // Empty rather than null: Payara copies it for every request, and leaves empty members out.
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<String, Set<String>>());
        } catch (ReflectiveOperationException notPayaras) {
            // Another implementation: nothing of the kind to remove.
        }
    }
}
