package io.caseledger.app.reporting;

import io.caseledger.app.web.RequestRefused;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The feed's opaque cursor: the event store's tracking token, as JSON, base64url-encoded. Only the
 * token types the stores use are accepted, so a forged cursor cannot make the server instantiate
 * anything else.
 */
final class FeedCursor {

    private static final Map<String, Class<? extends TrackingToken>> ALLOWED = Map.of(
            "gap", GapAwareTrackingToken.class,
            "seq", GlobalSequenceTrackingToken.class);

    private FeedCursor() {
    }

    static String write(TrackingToken token, Serializer serializer) {
        String kind = ALLOWED.entrySet().stream().filter(e -> e.getValue().isInstance(token)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalStateException("unexpected tracking token type"));
        SerializedObject<String> json = serializer.serialize(token, String.class);
        return Base64.getUrlEncoder().withoutPadding().encodeToString((kind + ":" + json.getData()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code head}: the store's position now (null when it is empty). A cursor the feed gave out is a
     * position it reached, so one ahead of the head, or before the first event, was never given out;
     * taken as it is, it would skip events without a word.
     */
    static TrackingToken read(String cursor, Serializer serializer, TrackingToken head) {
        TrackingToken token = parse(cursor, serializer);
        long position = token.position().orElse(-1);
        if (position < 0 || position > (head == null ? -1 : head.position().orElse(-1))) {
            throw notGivenOut();
        }
        return token;
    }

    private static TrackingToken parse(String cursor, Serializer serializer) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            Class<? extends TrackingToken> type = colon < 0 ? null : ALLOWED.get(text.substring(0, colon));
            if (type == null) {
                throw new IllegalArgumentException("unknown cursor kind");
            }
            return serializer.deserialize(new SimpleSerializedObject<>(text.substring(colon + 1), String.class,
                    new SimpleSerializedType(type.getName(), null)));
        } catch (RuntimeException e) {
            throw notGivenOut();
        }
    }

    private static RequestRefused notGivenOut() {
        return RequestRefused.invalid("after", "is not a cursor this feed gave out");
    }
}
