package org.consigna.events.domain.event;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Stores the event's enums as the lower-case words of the API and the check constraints. */
public final class Converters {

    private Converters() {
    }

    @Converter
    public static class Status implements AttributeConverter<EventStatus, String> {
        @Override
        public String convertToDatabaseColumn(EventStatus value) {
            return value == null ? null : value.wire();
        }

        @Override
        public EventStatus convertToEntityAttribute(String value) {
            return value == null ? null : EventStatus.fromWire(value);
        }
    }

    @Converter
    public static class Usages implements AttributeConverter<Usage, String> {
        @Override
        public String convertToDatabaseColumn(Usage value) {
            return value == null ? null : value.wire();
        }

        @Override
        public Usage convertToEntityAttribute(String value) {
            return value == null ? null : Usage.parse(value, true);
        }
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
