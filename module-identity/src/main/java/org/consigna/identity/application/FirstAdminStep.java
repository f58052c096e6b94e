package org.consigna.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import org.consigna.identity.domain.Member;
import org.consigna.platform.module.ProvisioningStep;
import org.consigna.platform.module.TenantOnboarding;

/**
 * Onboarding, later: the first admin named at onboarding gets an account (an existing one is
 * reused), organization membership and an admin member row. Each part is found before it is
 * made, so a retry finishes the job without duplicates. The temporary password is told once,
 * only when the account was created by this run.
 */
@ApplicationScoped
public class FirstAdminStep implements ProvisioningStep {

    public static final int ORDER = 300;

    @Inject
    Accounts accounts;

    @Inject
    MemberService members;

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Map<String, String> provision(TenantOnboarding onboarding) {
        if (onboarding.adminEmail() == null || onboarding.adminEmail().isBlank()) {
            return Map.of();
        }
        String email = Member.normalizeEmail(onboarding.adminEmail());
        Accounts.Ensured ensured = accounts.ensureMember(onboarding.tenantId(), email, onboarding.adminFirstName(),
                onboarding.adminLastName());
        Member admin = members.ensureFirstAdmin(onboarding.tenantId(), ensured, onboarding.adminFirstName(),
                onboarding.adminLastName());
        Map<String, String> notes = new TreeMap<>();
        notes.put("firstAdmin.memberId", admin.id().toString());
        if (ensured.created()) {
            notes.put("firstAdmin.username", ensured.account().username());
            notes.put("firstAdmin.temporaryPassword", ensured.temporaryPassword());
        }
        return notes;
    }
}
