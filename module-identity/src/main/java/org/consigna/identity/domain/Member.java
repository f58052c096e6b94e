package org.consigna.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.consigna.identity.api.MemberKind;
import org.consigna.identity.api.MemberStatus;
import org.consigna.identity.api.MemberSummary;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.Membership;
import org.consigna.platform.security.TenantRole;

/**
 * A person's place in one tenant, with one role. A full user is a Keycloak account (its
 * subject); a custodian-only distributor has none and never signs in. The member id is also
 * the member's custodian id for inventory. Members are disabled, never deleted.
 */
@Entity
@Table(name = "member", schema = "platform")
public class Member {

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private String tenantId;

    private String subject;

    private String username;

    private String email;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "display_name")
    private String displayName;

    private TenantRole role;

    private MemberKind kind;

    private MemberStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Member() {
    }

    private Member(String tenantId, MemberKind kind, TenantRole role, String displayName, String email, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.kind = kind;
        this.role = role;
        this.displayName = displayName;
        this.email = normalizeEmail(email);
        this.status = MemberStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A member who signs in with the given Keycloak account. */
    public static Member user(String tenantId, UserAccount account, String firstName, String lastName, TenantRole role,
                              Instant now) {
        Member member = new Member(tenantId, MemberKind.USER, role, (firstName + " " + lastName).trim(),
                account.email(), now);
        member.subject = account.userId();
        member.username = account.username();
        member.firstName = firstName;
        member.lastName = lastName;
        return member;
    }

    /** A distributor that holds inventory but never signs in. */
    public static Member custodian(String tenantId, String displayName, String email, Instant now) {
        return new Member(tenantId, MemberKind.CUSTODIAN, TenantRole.DISTRIBUTOR, displayName.trim(), email, now);
    }

    /**
     * Gives the member another role. A custodian stays a distributor, and a member with active
     * sharing links keeps the role the links were made for until they are removed.
     */
    public void changeRole(TenantRole newRole, long activeLinks, Instant now) {
        if (newRole == role) {
            return;
        }
        if (kind == MemberKind.CUSTODIAN) {
            throw ProblemException.conflict("custodian-role-fixed",
                    "'" + displayName + "' is a custodian-only distributor; that role cannot change");
        }
        if (activeLinks > 0) {
            throw ProblemException.conflict("member-has-links", "'" + displayName + "' has " + activeLinks
                    + " active sharing link(s) as " + role.wire() + "; remove them before changing the role");
        }
        this.role = newRole;
        this.updatedAt = now;
    }

    public void disable(Instant now) {
        requireStatus(MemberStatus.ACTIVE, "disabled");
        this.status = MemberStatus.DISABLED;
        this.updatedAt = now;
    }

    public void enable(Instant now) {
        requireStatus(MemberStatus.DISABLED, "enabled");
        this.status = MemberStatus.ACTIVE;
        this.updatedAt = now;
    }

    private void requireStatus(MemberStatus expected, String action) {
        if (status != expected) {
            throw ProblemException.conflict("member-status", "'" + displayName + "' is " + status.wire()
                    + "; only an " + expected.wire() + " member can be " + action);
        }
    }

    /** E-mail addresses are compared and stored in lower case, as Keycloak does. */
    public static String normalizeEmail(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public boolean isCustodian() {
        return kind == MemberKind.CUSTODIAN;
    }

    /** What the authentication mechanism needs to know of a signed-in member. */
    public Membership membership() {
        return new Membership(id, tenantId, subject, role, isActive());
    }

    public MemberSummary summary() {
        return new MemberSummary(id, displayName, role, kind, status);
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String displayName() {
        return displayName;
    }

    public TenantRole role() {
        return role;
    }

    public MemberKind kind() {
        return kind;
    }

    public MemberStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
