package org.consigna.platform.web;

import org.consigna.platform.openapi.ApiDocument;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Builds {@code /openapi} from the resource model Jersey actually serves, so every module's
 * resources appear without any module listing itself. (Payara's annotation scanner is switched
 * off: it fails on bean-validation constraints of record components, Payara issue 7649.)
 */
public class ResourceModelReader implements OASModelReader {

    @Override
    public OpenAPI buildModel() {
        return ApiDocument.of(ResourceCatalog.model());
    }
}
