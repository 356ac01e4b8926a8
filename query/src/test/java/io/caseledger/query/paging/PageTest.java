package io.caseledger.query.paging;

import io.caseledger.domain.shared.QueryRefused;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    record Row(String id, int key) {
    }

    private static final Comparator<Row> ORDER = Comparator.comparingInt(Row::key).thenComparing(Row::id);

    private static Page<Row> page(List<Row> rows, int limit, String cursor) {
        String after = cursor == null ? null : Cursor.decode(cursor).orElseThrow().after();
        return Page.of(rows, ORDER, Row::id, "key", new PageRequest(limit, after), id -> Optional.empty());
    }

    @Test
    void pages_follow_the_order_and_the_last_page_has_no_cursor() {
        List<Row> rows = List.of(new Row("c", 3), new Row("a", 1), new Row("b", 2), new Row("d", 3));

        Page<Row> first = page(rows, 2, null);
        Page<Row> second = page(rows, 2, first.nextCursor());

        assertThat(first.items()).extracting(Row::id).containsExactly("a", "b");
        assertThat(second.items()).extracting(Row::id).containsExactly("c", "d");
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void rows_added_between_pages_do_not_shift_the_next_page() {
        List<Row> rows = new ArrayList<>(List.of(new Row("a", 1), new Row("b", 2), new Row("c", 3)));
        Page<Row> first = page(rows, 2, null);

        rows.add(new Row("early", 0));
        rows.add(new Row("bb", 2));

        assertThat(page(rows, 2, first.nextCursor()).items()).extracting(Row::id).containsExactly("bb", "c");
    }

    @Test
    void the_cursor_names_the_row_and_order_only_and_garbage_is_no_cursor() {
        Page<Row> first = page(List.of(new Row("case-1", 1), new Row("case-2", 2)), 1, null);

        assertThat(Cursor.decode(first.nextCursor())).contains(new Cursor("key", "case-1"));
        assertThat(first.nextCursor()).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode("not a cursor!")).isEmpty();
        assertThat(Cursor.decode("")).isEmpty();
        assertThat(Cursor.decode(java.util.Base64.getUrlEncoder().encodeToString("key".getBytes()))).as("no row").isEmpty();
    }

    @Test
    void a_row_that_left_the_list_still_marks_the_place_through_the_anchor_lookup_or_the_cursor_is_refused() {
        List<Row> rows = List.of(new Row("a", 1), new Row("c", 3));
        Page<Row> viaAnchor = Page.of(rows, ORDER, Row::id, "key", new PageRequest(5, "b"), id -> Optional.of(new Row("b", 2)));
        assertThat(viaAnchor.items()).extracting(Row::id).containsExactly("c");

        assertThatThrownBy(() -> Page.of(rows, ORDER, Row::id, "key", new PageRequest(5, "gone"), id -> Optional.empty()))
                .isInstanceOfSatisfying(QueryRefused.class, e -> assertThat(e.rejection().field()).isEqualTo("cursor"));
    }
}
