package org.consigna.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.tenant.TenantIds;
import org.consigna.platform.tenant.TenantRef;
import org.consigna.platform.tenant.TenantStatus;
import org.consigna.platform.module.TenantOnboarding;

/** A manufacturer on the platform: its own schema, its own users and configuration. */
@Entity
@Table(name = "tenant", schema = "platform")
public class Tenant {

    /** Lower-case letters, digits and inner dashes; it becomes part of URLs and of the schema name. */
    /** A tenant id as it is stored and used in URLs and schema names; nothing else is rewritten into one. */
    public static final String SLUG_TEXT = TenantIds.CANONICAL_TEXT;
    public static final Pattern SLUG = TenantIds.CANONICAL;

    @Id
    private String id;

    @Column(name = "display_name")
    private String displayName;

    private TenantStatus status;

    @Column(name = "status_detail")
    private String statusDetail;

    @Column(name = "schema_name")
    private String schemaName;

    /** The database cluster holding the schema; changed only by a tenant move (bin/tenant-move). */
    @Column(name = "db_cluster")
    private String cluster;

    @Column(name = "time_zone")
    private String timeZone;

    private String currency;

    @Column(name = "admin_email")
    private String adminEmail;

    @Column(name = "admin_first_name")
    private String adminFirstName;

    @Column(name = "admin_last_name")
    private String adminLastName;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String id, String displayName, TenantSettings settings, Instant now) {
        if (!TenantIds.isCanonical(id)) {
            throw ProblemException.badRequest("invalid-tenant-id", "Tenant id '" + id
                    + "' must be 3-40 characters: lower-case letters, digits and single dashes, starting with a letter");
        }
        this.id = id;
        this.displayName = displayName;
        this.schemaName = "t_" + id.replace('-', '_');
        this.cluster = TenantRef.MAIN_CLUSTER;
        this.status = TenantStatus.PROVISIONING;
        this.createdAt = now;
        this.updatedAt = now;
        apply(settings, now);
    }

    /** Names the first administrator, created in the identity provider during provisioning. */
    public void firstAdmin(String email, String firstName, String lastName) {
        this.adminEmail = email;
        this.adminFirstName = firstName;
        this.adminLastName = lastName;
    }

    public TenantOnboarding onboarding() {
        return new TenantOnboarding(id, displayName, adminEmail, adminFirstName, adminLastName);
    }

    public void startProvisioning(Instant now) {
        requireStatus(TenantStatus.FAILED, "retried");
        transition(TenantStatus.PROVISIONING, null, now);
    }

    public void activate(Instant now) {
        transition(TenantStatus.ACTIVE, null, now);
    }

    public void fail(String reason, Instant now) {
        transition(TenantStatus.FAILED, reason, now);
    }

    public void suspend(String reason, Instant now) {
        requireStatus(TenantStatus.ACTIVE, "suspended");
        transition(TenantStatus.SUSPENDED, reason, now);
    }

    public void resume(Instant now) {
        requireStatus(TenantStatus.SUSPENDED, "resumed");
        transition(TenantStatus.ACTIVE, null, now);
    }

    public void apply(TenantSettings settings, Instant now) {
        this.displayName = settings.displayName() == null ? displayName : settings.displayName();
        this.timeZone = settings.timeZone();
        this.currency = settings.currency();
        this.updatedAt = now;
    }

    public void requireStatus(TenantStatus expected, String action) {
        if (status != expected) {
            throw ProblemException.conflict("tenant-status", "Tenant '" + id + "' is " + status.wire()
                    + "; only a " + expected.wire() + " tenant can be " + action);
        }
    }

    private void transition(TenantStatus next, String detail, Instant now) {
        this.status = next;
        this.statusDetail = detail;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public TenantStatus status() {
        return status;
    }

    public String statusDetail() {
        return statusDetail;
    }

    public String schemaName() {
        return schemaName;
    }

    public String cluster() {
        return cluster;
    }

    public TenantSettings settings() {
        return new TenantSettings(displayName, timeZone, currency);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
