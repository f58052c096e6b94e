package org.consigna.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void without_parameters_the_first_page_has_the_default_size() {
        PageRequest request = PageRequest.of(null, null);

        assertThat(request.cursor()).isNull();
        assertThat(request.limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(PageRequest.of(" ", "").limit()).isEqualTo(50);
        assertThat(request.after("items", 2)).isNull();
    }

    @Test
    void the_limit_is_bounded() {
        assertThat(PageRequest.of(null, "1").limit()).isEqualTo(1);
        assertThat(PageRequest.of(null, "200").limit()).isEqualTo(PageRequest.MAX_LIMIT);
        for (String bad : List.of("0", "-5", "201", "100000", "ten", "1.5", "99999999999")) {
            assertThatThrownBy(() -> PageRequest.of(null, bad)).as(bad).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.toProblem().extensions()).containsEntry("parameter", "limit");
                assertThat(e.getMessage()).contains("'limit'", "200");
            });
        }
    }

    @Test
    void the_extra_row_fetched_says_a_next_page_follows_after_the_last_row_kept() {
        PageRequest request = PageRequest.of(null, "2");

        Page<String> full = Page.of(List.of("a", "b", "c"), request, row -> "after-" + row);
        Page<String> last = Page.of(List.of("a", "b"), request, row -> "after-" + row);

        assertThat(request.fetchSize()).isEqualTo(3);
        assertThat(full.items()).containsExactly("a", "b");
        assertThat(full.nextCursor()).isEqualTo("after-b");
        assertThat(last.items()).containsExactly("a", "b");
        assertThat(last.nextCursor()).isNull();
        assertThat(full.map(String::toUpperCase)).isEqualTo(new Page<>(List.of("A", "B"), "after-b"));
    }

    @Test
    void a_cursor_is_read_for_the_list_that_asks() {
        String token = Cursor.encode("items", "Ada", java.util.UUID.randomUUID());

        assertThat(PageRequest.of(token, null).after("items", 2).text(0)).isEqualTo("Ada");
        CursorTest.assertInvalid(() -> PageRequest.of(token, null).after("members", 2));
    }
}
