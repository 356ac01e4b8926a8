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
 * A digest an organisation can publish: the head hash of every chained stream (each case and each
 * community resource, listed by id as {@code caseId}) and one root over them, root = SHA-256 of the
 * lines "caseId sequence headHash\n" in id order. A later digest whose lines for the same streams
 * differ, or shrink, proves a history changed. It is computed when asked, by verifying every
 * stream's chain from the event store at that moment: a stream whose chain does not verify (or
 * whose events are gone) is listed under {@code broken} and left out of the root, so the digest never
 * vouches for a head that does not verify. (The list of streams comes from the chain-heads view; the
 * heads and the verdicts come from the record.)
 */
@Component
public class Digest {

    private final MongoDatabase database;
    private final ChainVerification verification;

    Digest(MongoDatabase database, ChainVerification verification) {
        this.database = database;
        this.verification = verification;
    }

    public record Head(String caseId, long sequence, String headHash) {
    }

    public record Broken(String caseId, Long brokenAtSequence, String problem) {
    }

    public record DigestReport(Instant computedAt, int cases, String root, List<Head> heads, List<Broken> broken) {
    }

    public DigestReport compute() {
        List<Head> heads = new ArrayList<>();
        List<Broken> broken = new ArrayList<>();
        for (String caseId : database.getCollection(ChainHeadsProjection.COLLECTION).find().sort(Sorts.ascending("_id"))
                .map(d -> d.getString("_id"))) {
            ChainVerification.ChainReport report = verification.verify(caseId);
            if (report.verified()) {
                heads.add(new Head(caseId, report.events() - 1L, report.headHash()));
            } else {
                broken.add(new Broken(caseId, report.brokenAtSequence(), report.problem()));
            }
        }
        StringBuilder lines = new StringBuilder();
        heads.forEach(h -> lines.append(h.caseId()).append(' ').append(h.sequence()).append(' ').append(h.headHash()).append('\n'));
        return new DigestReport(Instant.now(), heads.size(), sha256(lines.toString()), heads, broken);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
