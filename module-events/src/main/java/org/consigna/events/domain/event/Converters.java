package org.consigna.events.domain.event;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The event's JPA converters; its enums need none (they are {@code WireEnum}s, mapped by the platform). */
public final class Converters {

    private Converters() {
    }

    /** Product line ids (inventory's) as a comma-separated list: they are only ever read with their event. */
    @Converter
    public static class Ids implements AttributeConverter<List<UUID>, String> {
        @Override
        public String convertToDatabaseColumn(List<UUID> ids) {
            return ids == null || ids.isEmpty() ? null : String.join(",", ids.stream().map(UUID::toString).toList());
        }

        @Override
        public List<UUID> convertToEntityAttribute(String value) {
            return value == null || value.isBlank() ? List.of()
                    : Arrays.stream(value.split(",")).map(UUID::fromString).toList();
        }
    }
}
