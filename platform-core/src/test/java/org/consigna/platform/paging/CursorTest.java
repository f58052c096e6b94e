package org.consigna.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CursorTest {

    private static final UUID ID = UUID.fromString("0b9a1f6e-4c0d-4b3a-9d55-3f0c1f2e7a10");

    @Test
    void a_cursor_gives_back_the_sort_key_it_was_made_of() {
        Instant at = Instant.parse("2024-05-01T10:15:30.123456Z");
        String token = Cursor.encode("transfers", at, ID, LocalDate.of(2025, 2, 28), 42L, "Ünïcode | name");

        Cursor cursor = Cursor.decode(token, "transfers", 5);

        assertThat(cursor.instant(0)).isEqualTo(at);
        assertThat(cursor.uuid(1)).isEqualTo(ID);
        assertThat(cursor.date(2)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(cursor.number(3)).isEqualTo(42L);
        assertThat(cursor.text(4)).isEqualTo("Ünïcode | name");
    }

    @Test
    void the_token_is_url_safe_and_opaque() {
        String token = Cursor.encode("items", "a/b+c?d", ID);

        assertThat(token).matches("[A-Za-z0-9_-]+").doesNotContain(ID.toString());
    }

    @Test
    void a_cursor_of_another_list_is_refused() {
        String token = Cursor.encode("members", "Ada", ID);

        assertInvalid(() -> Cursor.decode(token, "items", 2));
    }

    @Test
    void a_cursor_with_another_number_of_values_is_refused() {
        String token = Cursor.encode("items", "Ada", ID);

        assertInvalid(() -> Cursor.decode(token, "items", 1));
        assertInvalid(() -> Cursor.decode(token, "items", 3));
    }

    @Test
    void garbage_and_edited_cursors_are_refused_naming_the_parameter() {
        assertInvalid(() -> Cursor.decode("not base64!", "items", 2));
        assertInvalid(() -> Cursor.decode("", "items", 2));
        assertInvalid(() -> Cursor.decode("x".repeat(Cursor.MAX_LENGTH + 1), "items", 2));
        String edited = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("c1\0items\0Ada\0not-a-uuid".getBytes(StandardCharsets.UTF_8));
        Cursor cursor = Cursor.decode(edited, "items", 2);
        assertInvalid(() -> cursor.uuid(1));
        assertInvalid(() -> cursor.instant(0));
    }

    @Test
    void a_cursor_of_an_unknown_version_is_refused() {
        String future = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("c2\0items\0Ada\0" + ID).getBytes(StandardCharsets.UTF_8));

        assertInvalid(() -> Cursor.decode(future, "items", 2));
    }

    @Test
    void null_sort_values_cannot_be_encoded() {
        assertThatThrownBy(() -> Cursor.encode("items", "Ada", null)).isInstanceOf(IllegalArgumentException.class);
    }

    static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.toProblem().type()).isEqualTo("invalid-cursor");
            assertThat(e.toProblem().extensions()).containsEntry("parameter", "cursor");
        });
    }
}
