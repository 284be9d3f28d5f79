package no.nav.overgang.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a JSON list that is read in a fixed order by a time and an id (keyset paging): the body stays a JSON
 * array of at most {@code limit} items, and when there are more, the response has a {@code Link} header with
 * {@code rel="next"} (RFC 8288) whose URL carries an opaque cursor ({@code after}) — the position of the last item
 * shown. Reading from a cursor costs the same however deep the page is.
 *
 * @param items the items of this page
 * @param next  the cursor of the next page; null when this is the last
 */
public record ListPage<T>(List<T> items, String next) {

    /** The query parameters a paged list reads. */
    public static final String LIMIT = "limit";
    public static final String AFTER = "after";

    public ListPage {
        items = List.copyOf(items);
    }

    /**
     * The page out of {@code found}, which the query read with {@link #fetchSize(int)} rows: at most {@code limit},
     * and the next cursor when the query found more.
     */
    public static <T> ListPage<T> of(List<T> found, int limit, Function<T, Cursor> position) {
        if (found.size() <= limit) {
            return new ListPage<>(found, null);
        }
        List<T> shown = found.subList(0, limit);
        return new ListPage<>(shown, position.apply(shown.getLast()).encode());
    }

    /** The same page with each item mapped, e.g. to the view the API answers with. */
    public <R> ListPage<R> map(Function<T, R> mapper) {
        return new ListPage<>(items.stream().map(mapper).toList(), next);
    }

    /** Rows to read for a page of {@code limit}: one more, to know whether there are more. */
    public static int fetchSize(int limit) {
        return limit + 1;
    }

    /** The requested page size: {@code defaultLimit} when not given; refused unless between 1 and {@code max}. */
    public static int limit(Integer requested, int defaultLimit, int max) {
        if (requested == null) {
            return defaultLimit;
        }
        if (requested < 1 || requested > max) {
            throw new BadRequestException("limit must be between 1 and " + max);
        }
        return requested;
    }

    /** The items, and a {@code Link: <…?after=…>; rel="next"} header on the response when there are more. */
    public List<T> answer(HttpServletResponse response) {
        if (next != null) {
            String url = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(AFTER, next)
                    .build().toUriString();
            response.addHeader("Link", "<" + url + ">; rel=\"next\"");
        }
        return items;
    }

    /**
     * The position of an item in a list ordered by a time and then an id; a page starts after it.
     *
     * @param at the item's time in the list's order (e.g. when it was requested or received)
     * @param id the item's id, which breaks ties
     */
    public record Cursor(Instant at, UUID id) {

        /** Opaque to clients: base64url of the time and the id. */
        public String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        /** The position the cursor names; null when none is given; refused when it is not one of ours. */
        public static Cursor decode(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                        .split("\\|", -1);
                if (parts.length == 2) {
                    return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                // refused below, without echoing the value
            }
            throw new BadRequestException("after is not a cursor this list gave");
        }
    }
}
