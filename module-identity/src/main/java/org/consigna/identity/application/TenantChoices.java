package org.consigna.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.MemberRepository;
import org.consigna.platform.tenant.TenantDirectory;
import org.consigna.platform.tenant.TenantRef;

/**
 * The tenants one person may enter, by the platform's membership records (not by the identity
 * provider's organizations), for a client's tenant switcher.
 */
@ApplicationScoped
public class TenantChoices {

    @Inject
    MemberRepository members;

    @Inject
    TenantDirectory tenants;

    /** An active membership and the tenant it opens. */
    public record Choice(Member member, TenantRef tenant) {
    }

    @Transactional
    public List<Choice> of(String subject) {
        return members.activeOf(subject).stream()
                .flatMap(member -> tenants.find(member.tenantId()).map(t -> new Choice(member, t)).stream())
                .sorted(Comparator.comparing((Choice c) -> c.tenant().displayName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(c -> c.tenant().id()))
                .toList();
    }
}
