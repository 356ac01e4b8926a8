package io.caseledger.app.audit;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.caseledger.projections.audit.ChainHeadsProjection;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest an organisation can publish: every case's head hash and one root over them,
 * root = SHA-256 of the lines "caseId sequence headHash\n" in case-id order. A later digest whose
 * lines for the same cases differ, or shrink, proves a history changed.
 */
@Component
public class Digest {

    private final MongoDatabase database;

    Digest(MongoDatabase database) {
        this.database = database;
    }

    public record Head(String caseId, long sequence, String headHash) {
    }

    public record Report(Instant computedAt, int cases, String root, List<Head> heads) {
    }

    public Report compute() {
        List<Head> heads = database.getCollection(ChainHeadsProjection.COLLECTION).find()
                .sort(Sorts.ascending("_id"))
                .map(d -> new Head(d.getString("_id"), ((Number) d.get(ChainHeadsProjection.SEQUENCE)).longValue(),
                        d.getString(ChainHeadsProjection.HASH)))
                .into(new ArrayList<>());
        StringBuilder lines = new StringBuilder();
        heads.forEach(h -> lines.append(h.caseId()).append(' ').append(h.sequence()).append(' ').append(h.headHash()).append('\n'));
        return new Report(Instant.now(), heads.size(), sha256(lines.toString()), heads);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
