import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.*;

/**
 * Verifies an exported CaseLedger case history (GET /api/cases/{id}/history, JSON) with nothing but a
 * JDK: recomputes every event's SHA-256 link as docs/hash-chain.md defines it. Usage:
 *   java scripts/VerifyHistory.java page1.json [page2.json ...]
 * Exit 0 and "VERIFIED" when the chain holds; exit 1 naming the first broken sequence otherwise.
 */
public class VerifyHistory {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java VerifyHistory.java history.json [more pages in order]");
            System.exit(2);
        }
        String previous = "0".repeat(64);
        long expected = 0;
        for (String file : args) {
            Map<?, ?> page = (Map<?, ?>) new Json(Files.readString(Path.of(file), StandardCharsets.UTF_8)).value();
            for (Object item : (List<?>) page.get("events")) {
                Map<?, ?> e = (Map<?, ?>) item;
                long sequence = Long.parseLong(e.get("sequence").toString());
                String problem = sequence != expected ? "sequence-gap"
                        : !previous.equals(e.get("previousHash")) ? "previous-hash-mismatch"
                        : !sha256(canonical(e, previous)).equals(e.get("hash")) ? "hash-mismatch" : null;
                if (problem != null) {
                    System.out.println("BROKEN at sequence " + Math.min(sequence, expected) + ": " + problem);
                    System.exit(1);
                }
                previous = (String) e.get("hash");
                expected++;
            }
        }
        System.out.println("VERIFIED " + expected + " events, head " + previous);
    }

    static String canonical(Map<?, ?> e, String previous) {
        Map<String, Object> metadata = new TreeMap<>();
        ((Map<?, ?>) e.get("metadata")).forEach((k, v) -> metadata.put((String) k, v));
        metadata.remove("hash");
        metadata.remove("previousHash");
        Map<String, Object> link = new TreeMap<>();
        link.put("caseId", e.get("caseId"));
        link.put("sequence", e.get("sequence"));
        link.put("type", e.get("typeName"));
        link.put("timestamp", e.get("timestamp"));
        // Events with personal fields are chained over their stored (sealed) form, which survives erasure.
        // The stored form, never the readable payload: only the stored form is what the chain hashed.
        Object stored = e.get("storedPayload");
        if (stored == null) {
            throw new IllegalArgumentException("event " + e.get("sequence") + " has no storedPayload: not an export of this version");
        }
        link.put("payload", stored);
        link.put("metadata", metadata);
        link.put("previousHash", previous);
        StringBuilder out = new StringBuilder();
        write(link, out);
        return out.toString();
    }

    static void write(Object v, StringBuilder out) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, val) -> sorted.put((String) k, val));
            out.append('{');
            String sep = "";
            for (var entry : sorted.entrySet()) {
                out.append(sep);
                string(entry.getKey(), out);
                out.append(':');
                write(entry.getValue(), out);
                sep = ",";
            }
            out.append('}');
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (v instanceof String s) {
            string(s, out);
        } else {
            out.append(v); // numbers keep their lexeme (Json.Number), booleans print as true/false
        }
    }

    static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        out.append('"');
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A minimal JSON reader: objects, arrays, strings, numbers (kept as written), true, false, null. */
    static final class Json {
        record Number(String lexeme) {
            @Override
            public String toString() {
                return lexeme;
            }
        }

        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') { i++; return map; }
                while (true) {
                    skip();
                    String key = (String) value();
                    skip();
                    i++; // ':'
                    map.put(key, value());
                    skip();
                    if (s.charAt(i++) == '}') return map;
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') { i++; return list; }
                while (true) {
                    list.add(value());
                    skip();
                    if (s.charAt(i++) == ']') return list;
                }
            }
            if (c == '"') return string();
            if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
            if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
            if (s.startsWith("null", i)) { i += 4; return null; }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
            return new Number(s.substring(start, i));
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return out.toString();
                if (c != '\\') { out.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> { out.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    default -> out.append(e);
                }
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }
    }
}
