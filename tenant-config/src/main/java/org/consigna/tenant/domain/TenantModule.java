package org.consigna.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.consigna.platform.migration.AppliedMigration;

/** A module enabled for a tenant, with the migration its schema has reached. */
@Entity
@Table(name = "tenant_module", schema = "platform")
public class TenantModule {

    /** Tenant id and module id. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "tenant_id")
        private String tenantId;

        @Column(name = "module_id")
        private String moduleId;

        protected Key() {
        }

        Key(String tenantId, String moduleId) {
            this.tenantId = tenantId;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.tenantId.equals(tenantId) && key.moduleId.equals(moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, moduleId);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "enabled_at")
    private Instant enabledAt;

    @Column(name = "applied_version")
    private String appliedVersion;

    @Column(name = "applied_fingerprint")
    private String appliedFingerprint;

    @Column(name = "migrated_at")
    private Instant migratedAt;

    protected TenantModule() {
    }

    public TenantModule(String tenantId, String moduleId, Instant now) {
        this.key = new Key(tenantId, moduleId);
        this.enabledAt = now;
    }

    public void migrated(AppliedMigration migration, Instant now) {
        this.appliedVersion = migration.version();
        this.appliedFingerprint = migration.fingerprint();
        this.migratedAt = now;
    }

    public boolean isCurrent(AppliedMigration shipped) {
        return shipped.fingerprint().equals(appliedFingerprint);
    }

    public String tenantId() {
        return key.tenantId;
    }

    public String moduleId() {
        return key.moduleId;
    }

    public Instant enabledAt() {
        return enabledAt;
    }

    public String appliedVersion() {
        return appliedVersion;
    }

    public Instant migratedAt() {
        return migratedAt;
    }
}
