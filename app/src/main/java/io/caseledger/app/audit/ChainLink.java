package io.caseledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * What one event contributes to its case's chain. hash = SHA-256 over the canonical JSON of
 * {caseId, sequence, type, timestamp (UTC, milliseconds), payload, metadata (without the chain's own
 * keys), previousHash}; the first event's previousHash is {@link #GENESIS}.
 */
public record ChainLink(String caseId, long sequence, String type, Instant timestamp, JsonNode payload,
                        JsonNode metadata, String previousHash) {

    public static final String GENESIS = "0".repeat(64);
    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";

    public String canonical(ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("caseId", caseId);
        node.put("sequence", sequence);
        node.put("type", type);
        node.put("timestamp", timestampText(timestamp));
        node.set("payload", payload);
        ObjectNode meta = metadata.deepCopy();
        meta.remove(HASH);
        meta.remove(PREVIOUS_HASH);
        node.set("metadata", meta);
        node.put("previousHash", previousHash);
        return CanonicalJson.write(node);
    }

    /** The timestamp as hashed and as exported: ISO-8601 UTC at millisecond precision (what every store keeps). */
    public static String timestampText(Instant timestamp) {
        return timestamp.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    public String hash(ObjectMapper json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(json).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
