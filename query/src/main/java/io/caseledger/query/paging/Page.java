package io.caseledger.query.paging;

import io.caseledger.domain.shared.QueryRefused;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list and the cursor of the next page (null on the last). */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * The rows of {@code matching} that sort after the cursor's row, in {@code order} (which must end
     * with a unique id, so "after" is exact). The cursor's row is looked up in {@code matching}, else
     * through {@code anchor} (it may have stopped matching a filter since); if it is gone the cursor
     * is refused, since no place in the list can be derived from it.
     */
    public static <T> Page<T> of(List<T> matching, Comparator<T> order, Function<T, String> id, String orderName,
                                 PageRequest request, Function<String, Optional<T>> anchor) {
        T from = request.after() == null ? null : matching.stream().filter(t -> id.apply(t).equals(request.after())).findFirst()
                .or(() -> anchor.apply(request.after()))
                .orElseThrow(() -> QueryRefused.invalid("cursor", "no longer points into this list; start again without it"));
        List<T> rest = matching.stream().filter(t -> from == null || order.compare(t, from) > 0).sorted(order).toList();
        if (rest.size() <= request.limit()) {
            return new Page<>(rest, null);
        }
        List<T> items = List.copyOf(rest.subList(0, request.limit()));
        return new Page<>(items, new Cursor(orderName, id.apply(items.get(items.size() - 1))).encode());
    }
}
