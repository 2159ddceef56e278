package app.throughline.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A keyset position in a stably sorted list: the sort values of the last row seen. Encoded as
 * URL-safe base64 so clients treat it as opaque.
 */
public record Cursor(List<String> parts) {

    private static final String SEPARATOR = "\u001f";

    public static Cursor of(Object... parts) {
        return new Cursor(java.util.Arrays.stream(parts).map(String::valueOf).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor expected to hold {@code size} parts; anything else is a 400 naming {@code cursor}. */
    public static Cursor decode(String encoded, int size) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> parts = List.of(raw.split(SEPARATOR, -1));
            if (parts.size() != size) {
                throw new IllegalArgumentException();
            }
            return new Cursor(parts);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.parameter("cursor", "is not a cursor this list handed out");
        }
    }

    public String text(int index) {
        return parts.get(index);
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(parts.get(index));
        } catch (RuntimeException e) {
            throw InvalidRequest.parameter("cursor", "is not a cursor this list handed out");
        }
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(parts.get(index));
        } catch (RuntimeException e) {
            throw InvalidRequest.parameter("cursor", "is not a cursor this list handed out");
        }
    }

    public long number(int index) {
        try {
            return Long.parseLong(parts.get(index));
        } catch (RuntimeException e) {
            throw InvalidRequest.parameter("cursor", "is not a cursor this list handed out");
        }
    }
}
