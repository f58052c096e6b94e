package org.consigna.inventory.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.consigna.inventory.domain.DeviceStatus;

/**
 * A device search: filters (all optional, combined with AND), a sort, and keyset paging. {@code scope}
 * is filled in by the use case from the caller's custody rights (null: everyone, for admins).
 */
public record DeviceQuery(UUID itemId, UUID productLineId, String lot, String serial, Set<DeviceStatus> statuses,
                          UUID custodianId, UUID facilityId, Integer expiringWithinDays, String tag, String text,
                          Boolean inPendingTransfer, Sort sort, boolean descending, Cursor after, int limit,
                          Set<UUID> scope) {

    /** Sort orders; each has an index, and the device id breaks ties. */
    public enum Sort {
        RECEIVED, EXPIRY, SERIAL, LOT
    }

    public DeviceQuery withScope(Set<UUID> visible) {
        return new DeviceQuery(itemId, productLineId, lot, serial, statuses, custodianId, facilityId, expiringWithinDays,
                tag, text, inPendingTransfer, sort, descending, after, limit, visible);
    }

    /** Last day a device may expire on to count as expiring within the given days. */
    public LocalDate expiringBy() {
        return expiringWithinDays == null ? null : LocalDate.now().plusDays(expiringWithinDays);
    }

    /**
     * Where the previous page ended: the sort value and id of its last row. On the wire it is the
     * platform's cursor, named after the sort, so a cursor cannot be replayed against another order.
     */
    public record Cursor(Sort sort, String value, UUID id) {

        public String encode() {
            return org.consigna.platform.paging.Cursor.encode(kind(sort), value, id);
        }

        /** Reads the cursor of a page of this sort; anything else is a 400 naming the parameter. */
        public static Cursor decode(String token, Sort expected) {
            org.consigna.platform.paging.Cursor read = org.consigna.platform.paging.Cursor.decode(token, kind(expected), 2);
            Cursor cursor = new Cursor(expected, read.text(0), read.uuid(1));
            try {
                cursor.typedValue();
            } catch (RuntimeException e) {
                throw org.consigna.platform.paging.Cursor.refused();
            }
            return cursor;
        }

        private static String kind(Sort sort) {
            return "devices-" + sort.name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The value as the database compares it. */
        public Object typedValue() {
            return switch (sort) {
                case RECEIVED -> Instant.parse(value).atOffset(java.time.ZoneOffset.UTC);
                case EXPIRY -> LocalDate.parse(value);
                case SERIAL, LOT -> value;
            };
        }
    }
}
