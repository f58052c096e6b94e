package org.consigna.platform.migration;

/**
 * What a module's changelog amounts to: its last changeset id and a fingerprint of all its
 * changesets, compared at start-up to skip tenants that are already current.
 */
public record AppliedMigration(String moduleId, String version, String fingerprint) {
}
