package org.consigna.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;
import org.consigna.identity.api.Members;
import org.consigna.identity.api.MemberSummary;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.MemberRepository;
import org.consigna.platform.tenant.TenantContext;

/** Members of the request's tenant for other modules; the tenant comes from the request, never from the caller. */
@ApplicationScoped
public class MembersService implements Members {

    @Inject
    MemberRepository members;

    @Inject
    TenantContext tenant;

    @Override
    @Transactional
    public Optional<MemberSummary> find(UUID memberId) {
        return memberId == null ? Optional.empty()
                : members.find(tenant.require().id(), memberId).map(Member::summary);
    }

    @Override
    @Transactional
    public Map<UUID, MemberSummary> findAll(Collection<UUID> memberIds) {
        List<UUID> ids = memberIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return members.byIds(tenant.require().id(), ids).stream().map(Member::summary)
                .collect(Collectors.toMap(MemberSummary::id, Function.identity()));
    }
}
