package org.consigna.tenant.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A tenant as the operator sees it; {@code cluster} names the database cluster its schema lives in. */
public record TenantView(String id, String displayName, String status, String statusDetail, String schema, String cluster,
                         String timeZone, String currency, Instant createdAt, Instant updatedAt,
                         List<ModuleState> modules, Map<String, String> onboarding) {

    /** A module enabled for the tenant and the migration its schema has reached. */
    public record ModuleState(String id, String version, Instant enabledAt, Instant migratedAt) {
    }
}
