package app.throughline.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: {@code next} is the opaque cursor of the following page, absent on the last.
 */
public record Page<T>(
        List<T> items,

        @Schema(
                description = "Cursor for the next page (pass as `cursor`); absent on the last page",
                example = "MjAyNi0xMS0yNVQxMDowMDowMFp8M2Y2YQ")
        String next) {

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only proves there is more.
     */
    public static <E, T> Page<T> from(
            List<E> rowsPlusOne, int limit, Function<E, T> view, Function<E, Cursor> cursorOf) {
        boolean more = rowsPlusOne.size() > limit;
        List<E> rows = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String next = more ? cursorOf.apply(rows.get(rows.size() - 1)).encode() : null;
        return new Page<>(rows.stream().map(view).toList(), next);
    }
}
