package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;
import org.consigna.inventory.domain.transfer.Transfer;
import org.consigna.inventory.domain.transfer.TransferLine;
import org.consigna.inventory.domain.transfer.TransferRepository;
import org.consigna.inventory.domain.transfer.TransferStatus;

@ApplicationScoped
class JpaTransferRepository implements TransferRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<Transfer> find(UUID id) {
        return Optional.ofNullable(em.find(Transfer.class, id)).map(this::withLines);
    }

    @Override
    public Optional<Transfer> lock(UUID id) {
        return em.createNamedQuery(Transfer.LOCK, Transfer.class).setParameter("id", id).getResultList().stream().findFirst()
                .map(this::withLines);
    }

    private Transfer withLines(Transfer transfer) {
        transfer.attach(em.createNamedQuery(TransferLine.OF_TRANSFER, TransferLine.class)
                .setParameter("t", transfer.id()).getResultList());
        return transfer;
    }

    @Override
    public List<Transfer> list(Collection<UUID> custodians, TransferStatus status, Instant beforeCreated, UUID beforeId,
                               int limit) {
        StringBuilder jpql = new StringBuilder("select t from Transfer t where 1 = 1");
        if (custodians != null) {
            jpql.append(" and (t.from.id in :custodians or t.to.id in :custodians)");
        }
        if (status != null) {
            jpql.append(" and t.status = :status");
        }
        if (beforeCreated != null) {
            // The first condition bounds the index range; the second only skips ties on created_at.
            jpql.append(" and t.createdAt <= :created and (t.createdAt < :created or t.id < :id)");
        }
        jpql.append(" order by t.createdAt desc, t.id desc");
        TypedQuery<Transfer> query = em.createQuery(jpql.toString(), Transfer.class).setMaxResults(limit);
        if (custodians != null) {
            query.setParameter("custodians", custodians.isEmpty() ? List.of(new UUID(0, 0)) : custodians);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (beforeCreated != null) {
            query.setParameter("created", beforeCreated).setParameter("id", beforeId);
        }
        List<Transfer> found = query.getResultList();
        if (!found.isEmpty()) {
            Map<UUID, List<TransferLine>> lines = em.createQuery("select l from TransferLine l where l.transferId in :ids"
                            + " order by l.position", TransferLine.class)
                    .setParameter("ids", found.stream().map(Transfer::id).toList()).getResultList().stream()
                    .collect(Collectors.groupingBy(TransferLine::transferId));
            found.forEach(t -> t.attach(lines.getOrDefault(t.id(), List.of())));
        }
        return found;
    }

    @Override
    public void add(Transfer transfer) {
        em.persist(transfer);
        transfer.lines().forEach(em::persist);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
