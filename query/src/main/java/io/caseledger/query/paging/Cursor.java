package io.caseledger.query.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page ended: the order the list was read in and the id of its last row, base64url-encoded.
 * It names the row instead of carrying its sort key, because a key may be a client's name and a
 * cursor travels in URLs, which proxies log. The list finds the row again and continues after its
 * current key, so rows added meanwhile take their place without shifting the pages.
 */
public record Cursor(String order, String after) {

    private static final String SEPARATOR = "\n";

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((order + SEPARATOR + after).getBytes(StandardCharsets.UTF_8));
    }

    /** Empty for anything that is not a cursor this API wrote. */
    public static Optional<Cursor> decode(String value) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            String[] parts = text.split(SEPARATOR, -1);
            return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()
                    ? Optional.of(new Cursor(parts[0], parts[1])) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
