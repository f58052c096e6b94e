package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.time.ZoneOffset;
import org.consigna.inventory.domain.Wire;
import org.consigna.inventory.domain.DeviceStatus;
import org.consigna.inventory.domain.device.Device;
import org.consigna.inventory.domain.device.DeviceNote;
import org.consigna.inventory.domain.device.DeviceRepository;
import org.consigna.inventory.domain.device.DeviceTag;

@ApplicationScoped
class JpaDeviceRepository implements DeviceRepository {

    /** Ids per query; well below PostgreSQL's bind parameter limit. */
    private static final int CHUNK = 1000;

    private static final List<String> NEW_DEVICE_COLUMNS = List.of("id", "item_id", "serial", "lot", "expiry", "quantity", "udi",
            "custodian_id", "custodian_kind", "status", "facility_id", "received_at", "updated_at");

    @Inject
    EntityManager em;

    @Inject
    TenantJdbc jdbc;

    @Override
    public Optional<Device> find(UUID id) {
        return Optional.ofNullable(em.find(Device.class, id));
    }

    @Override
    public Optional<Device> lock(UUID id) {
        return em.createNamedQuery(Device.LOCK, Device.class).setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public List<Device> findAll(Collection<UUID> ids) {
        return byIds(ids, false);
    }

    @Override
    public List<Device> lock(Collection<UUID> ids) {
        return byIds(ids, true);
    }

    @Override
    public List<Device> lockHeld(UUID custodianId, UUID itemId) {
        return em.createQuery("select d from Device d where d.custodian.id = :c and d.itemId = :i and d.status = :s"
                        + " and d.quantity > 0 and d.pendingTransferId is null order by d.id", Device.class)
                .setParameter("c", custodianId).setParameter("i", itemId).setParameter("s", DeviceStatus.ACTIVE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .sorted(Comparator.comparing(Device::expiry, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Device::receivedAt))
                .toList();
    }

    /** Distinct ids, CHUNK at a time; locked in id order, so two overlapping sets never deadlock. */
    private List<Device> byIds(Collection<UUID> ids, boolean lock) {
        List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (lock) {
            distinct.sort(null);
        }
        List<Device> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            found.addAll(em.createNamedQuery(lock ? Device.LOCK_ALL : Device.BY_IDS, Device.class)
                    .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + CHUNK))).getResultList());
        }
        return found;
    }

    /**
     * One query for the lot, with the unique index's own predicate spelled out so PostgreSQL uses that index.
     * Never a server-side prepared statement: a pooled connection would keep the generic plan made while the
     * tenant had few devices (a sequential scan comparing every row with every serial of the array), and a
     * receipt into a tenant holding a few hundred thousand devices then spent seconds here.
     */
    @Override
    public Set<String> takenSerials(UUID itemId, Collection<String> serials) {
        String sql = "SELECT serial FROM " + jdbc.table("device") + " WHERE item_id = ? AND serial = ANY (?)"
                + " AND serial IS NOT NULL AND (inactive_cause IS NULL OR inactive_cause <> 'deactivated')";
        Set<String> taken = new HashSet<>();
        try (PreparedStatement query = jdbc.connection().prepareStatement(sql)) {
            SqlDeviceFinder.planForTheseValues(query);
            Array array = query.getConnection().createArrayOf("varchar", serials.toArray());
            query.setObject(1, itemId);
            query.setArray(2, array);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new JdbcFailure("Serials could not be checked", e);
        }
        return taken;
    }

    @Override
    public void add(Device device) {
        em.persist(device);
    }

    /** COPY (or multi-row inserts): for ten thousand devices several times faster than JPA's batched single-row inserts. */
    @Override
    public void addAll(List<Device> devices) {
        List<Object[]> rows = new ArrayList<>(devices.size());
        for (Device d : devices) {
            rows.add(new Object[] {d.id(), d.itemId(), d.serial(), d.lot(), d.expiry(), d.quantity(), d.udi(), d.custodian().id(),
                d.custodian().kindWire(), Wire.of(d.status()), d.facilityId(), d.receivedAt().atOffset(ZoneOffset.UTC),
                d.updatedAt().atOffset(ZoneOffset.UTC)});
        }
        try {
            new BulkInsert(jdbc.table("device"), NEW_DEVICE_COLUMNS).insert(jdbc.connection(), rows);
        } catch (SQLException e) {
            throw new JdbcFailure("Devices could not be inserted", e);
        }
    }

    @Override
    public Set<String> tags(UUID deviceId) {
        return new java.util.TreeSet<>(em.createQuery("select t.tag from DeviceTag t where t.deviceId = :d", String.class)
                .setParameter("d", deviceId).getResultList());
    }

    @Override
    public void add(DeviceTag tag) {
        em.persist(tag);
    }

    @Override
    public List<DeviceNote> notes(UUID deviceId, java.time.Instant beforeCreated, UUID beforeId, int limit) {
        String seek = beforeCreated == null ? "" : " and n.createdAt <= :created and (n.createdAt < :created or n.id < :id)";
        var query = em.createQuery("select n from DeviceNote n where n.deviceId = :d" + seek
                        + " order by n.createdAt desc, n.id desc", DeviceNote.class)
                .setParameter("d", deviceId).setMaxResults(limit);
        if (beforeCreated != null) {
            query.setParameter("created", beforeCreated).setParameter("id", beforeId);
        }
        return query.getResultList();
    }

    @Override
    public void add(DeviceNote note) {
        em.persist(note);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
