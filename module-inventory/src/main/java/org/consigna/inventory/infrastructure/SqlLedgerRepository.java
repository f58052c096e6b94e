package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.inventory.domain.Wire;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.ledger.EntryType;
import org.consigna.inventory.domain.ledger.LedgerEntry;
import org.consigna.inventory.domain.ledger.LedgerRepository;
import org.consigna.inventory.domain.ledger.Source;

/**
 * Appends with multi-row inserts, in the caller's order, so the database's {@code seq} follows it
 * (JPA orders a transaction's inserts its own way); reads through JPA.
 */
@ApplicationScoped
class SqlLedgerRepository implements LedgerRepository {

    @Inject
    EntityManager em;

    @Inject
    TenantJdbc jdbc;

    private static final List<String> COLUMNS = List.of("id", "occurred_at", "type", "actor_id", "on_behalf_of", "device_id",
            "parent_device_id", "item_id", "lot", "serial", "quantity", "from_custodian_id", "from_custodian_kind",
            "to_custodian_id", "to_custodian_kind", "facility_id", "status", "balance", "from_balance", "reason",
            "source_type", "source_id", "reference");

    @Override
    public void append(List<LedgerEntry> entries) {
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (LedgerEntry e : entries) {
            Custodian from = e.from();
            rows.add(new Object[] {e.id(), e.occurredAt().atOffset(ZoneOffset.UTC), Wire.of(e.type()), e.actorId(),
                e.onBehalfOf(), e.deviceId(), e.parentDeviceId(), e.itemId(), e.lot(), e.serial(), e.quantity(),
                from == null ? null : from.id(), from == null ? null : from.kindWire(), e.to().id(), e.to().kindWire(),
                e.facilityId(), Wire.of(e.status()), e.balance(), e.fromBalance(), e.reason(), e.source().type(),
                e.source().id(), e.source().reference()});
        }
        try {
            new BulkInsert(jdbc.table("ledger_entry"), COLUMNS).insert(jdbc.connection(), rows);
        } catch (SQLException e) {
            throw new JdbcFailure("Ledger entries could not be appended", e);
        }
    }

    @Override
    public Map<UUID, UUID> setApartFrom(Collection<UUID> deviceIds, Source source) {
        if (deviceIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> parents = new HashMap<>();
        em.createNamedQuery(LedgerEntry.SET_APART_FROM, Object[].class)
                .setParameter("split", EntryType.SPLIT)
                .setParameter("ids", List.copyOf(deviceIds))
                .setParameter("type", source.type())
                .setParameter("id", source.id())
                .getResultList()
                .forEach(row -> parents.put((UUID) row[0], (UUID) row[1]));
        return parents;
    }

    @Override
    public List<LedgerEntry> history(UUID deviceId, Long beforeSeq, int limit) {
        return em.createQuery("select e from LedgerEntry e where (e.deviceId = :d or e.parentDeviceId = :d)"
                                + " and e.seq < :before order by e.seq desc", LedgerEntry.class)
                .setParameter("d", deviceId)
                .setParameter("before", beforeSeq == null ? Long.MAX_VALUE : beforeSeq)
                .setMaxResults(limit)
                .getResultList();
    }
}
