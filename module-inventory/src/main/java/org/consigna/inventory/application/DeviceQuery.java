package org.consigna.inventory.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.consigna.inventory.domain.device.DeviceStatus;
import org.consigna.platform.problem.ProblemException;

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
     * Where the previous page ended: the sort value and id of its last row. Opaque to clients;
     * it names its sort, so a cursor cannot be replayed against another order.
     */
    public record Cursor(Sort sort, String value, UUID id) {

        public String encode() {
            String raw = sort.name() + "|" + id + "|" + value;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        public static Cursor decode(String token, Sort expected) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 3);
                Cursor cursor = new Cursor(Sort.valueOf(parts[0]), parts[2], UUID.fromString(parts[1]));
                if (cursor.sort != expected) {
                    throw new IllegalArgumentException("cursor of another sort");
                }
                cursor.typedValue();
                return cursor;
            } catch (RuntimeException e) {
                throw ProblemException.badRequest("invalid-cursor", "The 'after' cursor is not one this search handed out"
                        + " with the same sort; start again without it");
            }
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
