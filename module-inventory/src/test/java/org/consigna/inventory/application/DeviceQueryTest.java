package org.consigna.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.consigna.inventory.application.DeviceQuery.Cursor;
import org.consigna.inventory.application.DeviceQuery.Sort;
import org.junit.jupiter.api.Test;

class DeviceQueryTest {

    @Test
    void aCursorComesBackAsItWentOutWithItsTypedValue() {
        UUID id = UUID.randomUUID();
        Cursor received = Cursor.decode(new Cursor(Sort.RECEIVED, "2026-03-01T10:15:30.123456Z", id).encode(), Sort.RECEIVED);
        assertThat(received.id()).isEqualTo(id);
        assertThat(received.typedValue()).isEqualTo(OffsetDateTime.parse("2026-03-01T10:15:30.123456Z"));
        assertThat(Instant.from((OffsetDateTime) received.typedValue())).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));

        Cursor expiry = Cursor.decode(new Cursor(Sort.EXPIRY, "2030-01-31", id).encode(), Sort.EXPIRY);
        assertThat(expiry.typedValue()).isEqualTo(LocalDate.of(2030, 1, 31));
        Cursor serial = Cursor.decode(new Cursor(Sort.SERIAL, "A|B", id).encode(), Sort.SERIAL);
        assertThat(serial.typedValue()).isEqualTo("A|B");
    }

    @Test
    void aCursorOfAnotherSortOrNoCursorAtAllIsRefused() {
        String expiry = new Cursor(Sort.EXPIRY, "2030-01-31", UUID.randomUUID()).encode();
        assertThatThrownBy(() -> Cursor.decode(expiry, Sort.RECEIVED)).hasMessageContaining("same order");
        assertThatThrownBy(() -> Cursor.decode("bm90LWEtY3Vyc29y", Sort.RECEIVED)).hasMessageContaining("cursor");
        assertThatThrownBy(() -> Cursor.decode("%%%", Sort.RECEIVED)).hasMessageContaining("cursor");
    }
}
