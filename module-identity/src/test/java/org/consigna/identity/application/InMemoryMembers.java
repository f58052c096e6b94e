package org.consigna.identity.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.MemberRepository;

/** Members in a map, with the database's unique keys; can be told to fail the next insert. */
class InMemoryMembers implements MemberRepository {

    final Map<UUID, Member> rows = new LinkedHashMap<>();
    int queries;
    boolean failNextAdd;

    @Override
    public Optional<Member> find(String tenantId, UUID id) {
        queries++;
        return Optional.ofNullable(rows.get(id)).filter(m -> m.tenantId().equals(tenantId));
    }

    @Override
    public Optional<Member> findBySubject(String tenantId, String subject) {
        queries++;
        return rows.values().stream().filter(m -> m.tenantId().equals(tenantId) && subject.equals(m.subject())).findFirst();
    }

    @Override
    public Optional<Member> findByEmail(String tenantId, String email) {
        queries++;
        return rows.values().stream().filter(m -> m.tenantId().equals(tenantId) && m.email() != null
                && m.email().equalsIgnoreCase(email)).findFirst();
    }

    @Override
    public List<Member> all(String tenantId) {
        return rows.values().stream().filter(m -> m.tenantId().equals(tenantId))
                .sorted(Comparator.comparing(Member::displayName)).toList();
    }

    @Override
    public List<Member> activeOf(String subject) {
        return rows.values().stream().filter(m -> subject.equals(m.subject()) && m.isActive()).toList();
    }

    @Override
    public List<Member> page(String tenantId, boolean includeDisabled, String afterName, UUID afterId, int limit) {
        return all(tenantId).stream().filter(m -> includeDisabled || m.isActive())
                .sorted(java.util.Comparator.comparing(Member::displayName).thenComparing(Member::id))
                .filter(m -> afterName == null || m.displayName().compareTo(afterName) > 0
                        || m.displayName().equals(afterName) && m.id().compareTo(afterId) > 0)
                .limit(limit).toList();
    }

    @Override
    public List<Member> byIds(String tenantId, java.util.Collection<UUID> ids) {
        return all(tenantId).stream().filter(m -> ids.contains(m.id())).toList();
    }

    @Override
    public void add(Member member) {
        if (failNextAdd) {
            failNextAdd = false;
            throw new IllegalStateException("database down");
        }
        for (Member row : new ArrayList<>(rows.values())) {
            boolean sameTenant = row.tenantId().equals(member.tenantId());
            if (sameTenant && member.subject() != null && Objects.equals(row.subject(), member.subject())
                    || sameTenant && member.email() != null && member.email().equalsIgnoreCase(row.email())) {
                throw new IllegalStateException("duplicate key: " + member.displayName());
            }
        }
        rows.put(member.id(), member);
    }

    long count(String tenantId) {
        return rows.values().stream().filter(m -> m.tenantId().equals(tenantId)).count();
    }
}
