package org.consigna.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.identity.domain.CustodyRules;
import org.consigna.identity.domain.IdentityProblems;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.MemberRepository;
import org.consigna.identity.domain.SharingLinkRepository;
import org.consigna.platform.problem.ProblemException;
import org.consigna.identity.api.CustodyScope;
import org.consigna.platform.security.TenantRole;

/**
 * The tenant admin's member use cases. Accounts are found or created in Keycloak first; the
 * member row follows in the same transaction, and the database's unique keys settle races.
 */
@ApplicationScoped
@Transactional
public class MemberService {

    @Inject
    MemberRepository members;

    @Inject
    SharingLinkRepository links;

    @Inject
    Accounts accounts;

    @Inject
    MembershipCache memberships;

    @Inject
    CustodyScopeCache scopes;

    @Inject
    MembersService summaries;

    /** A new member and, when their account was created for it, the temporary password. */
    public record Invited(Member member, String temporaryPassword) {
    }

    public List<Member> list(String tenantId) {
        return members.all(tenantId);
    }

    public List<Member> page(String tenantId, boolean includeDisabled, String afterName, UUID afterId, int limit) {
        return members.page(tenantId, includeDisabled, afterName, afterId, limit);
    }

    public List<Member> byIds(String tenantId, java.util.Collection<UUID> ids) {
        return members.byIds(tenantId, ids);
    }

    public Member load(String tenantId, UUID id) {
        return members.find(tenantId, id).orElseThrow(() -> IdentityProblems.memberNotFound(id));
    }

    public Invited invite(String tenantId, String email, String firstName, String lastName, TenantRole role) {
        String address = requireEmailFree(tenantId, email);
        Accounts.Ensured ensured = accounts.ensureMember(tenantId, address, firstName, lastName);
        members.findBySubject(tenantId, ensured.account().userId()).ifPresent(existing -> {
            throw ProblemException.conflict("already-member", "The account of '" + address + "' is already member '"
                    + existing.id() + "' (" + existing.email() + ") of this tenant");
        });
        Member member = Member.user(tenantId, ensured.account(), firstName, lastName, role, Instant.now());
        members.add(member);
        changed(member);
        return new Invited(member, ensured.temporaryPassword());
    }

    /** The tenant's first admin, once: a retried onboarding finds the member it made before. */
    public Member ensureFirstAdmin(String tenantId, Accounts.Ensured ensured, String firstName, String lastName) {
        var account = ensured.account();
        return members.findBySubject(tenantId, account.userId()).orElseGet(() -> {
            requireEmailFree(tenantId, account.email());
            Member admin = Member.user(tenantId, account, firstName, lastName, TenantRole.ADMIN, Instant.now());
            members.add(admin);
            changed(admin);
            return admin;
        });
    }

    public Member addCustodian(String tenantId, String displayName, String email) {
        String address = email == null || email.isBlank() ? null : requireEmailFree(tenantId, email);
        Member custodian = Member.custodian(tenantId, displayName, address, Instant.now());
        members.add(custodian);
        changed(custodian);
        return custodian;
    }

    public Member changeRole(String tenantId, UUID id, TenantRole role, UUID actor) {
        Member member = load(tenantId, id);
        if (id.equals(actor) && role != member.role()) {
            throw ProblemException.conflict("cannot-change-own-role",
                    "You cannot change your own role; another admin can");
        }
        member.changeRole(role, links.activeOf(tenantId, id).size(), Instant.now());
        changed(member);
        return member;
    }

    public Member disable(String tenantId, UUID id, UUID actor) {
        if (id.equals(actor)) {
            throw ProblemException.conflict("cannot-disable-self", "You cannot disable yourself; another admin can");
        }
        Member member = load(tenantId, id);
        member.disable(Instant.now());
        changed(member);
        return member;
    }

    public Member enable(String tenantId, UUID id) {
        Member member = load(tenantId, id);
        member.enable(Instant.now());
        changed(member);
        return member;
    }

    /** Whose custody the member may act on, by the sharing links in force now. */
    public CustodyScope custodyScope(String tenantId, UUID memberId) {
        Member member = members.find(tenantId, memberId).orElse(null);
        return CustodyRules.scopeOf(member, member == null ? List.of() : links.activeOf(tenantId, memberId));
    }

    /** What is cached about the member (membership, custody scope, summary) is dropped on every node after commit. */
    private void changed(Member member) {
        memberships.forgetAfterCommit(member);
        scopes.forgetAfterCommit(member.tenantId(), member.id());
        summaries.forgetAfterCommit(member.tenantId(), member.id());
    }

    /** The normalized address, if no member of the tenant has it yet. */
    private String requireEmailFree(String tenantId, String email) {
        String address = Member.normalizeEmail(email);
        if (members.findByEmail(tenantId, address).isPresent()) {
            throw IdentityProblems.emailTaken(address);
        }
        return address;
    }
}
