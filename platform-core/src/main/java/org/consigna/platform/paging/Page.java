package org.consigna.platform.paging;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import java.util.function.Function;

/** One page of a list: its rows in order, and the cursor of the next page, null after the last one. */
@JsonbNillable
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * The page out of up to {@link PageRequest#fetchSize()} rows fetched in order: the extra row, if any,
     * is dropped and says that a next page starts after the last row kept.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, String> cursorOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> rows = List.copyOf(fetched.subList(0, request.limit()));
        return new Page<>(rows, cursorOf.apply(rows.get(rows.size() - 1)));
    }

    public <V> Page<V> map(Function<? super T, V> view) {
        return new Page<>(items.stream().<V>map(view).toList(), nextCursor);
    }
}
