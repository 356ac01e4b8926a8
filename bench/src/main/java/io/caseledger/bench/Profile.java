package io.caseledger.bench;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Where a phase's CPU time goes: a Java Flight Recorder profile of the phase (all threads, the
 * embedded wire-protocol server's included, since it runs in this JVM), printed as the share of
 * execution samples by the component whose code was on top of the stack, and the hottest methods.
 */
final class Profile {

    private static final Map<String, String> COMPONENTS = new java.util.LinkedHashMap<>();

    static {
        COMPONENTS.put("de.bwaldvogel.", "embedded MongoDB server (mongo-java-server)");
        COMPONENTS.put("org.h2.", "embedded store file (H2 MVStore)");
        COMPONENTS.put("com.mongodb.", "MongoDB driver");
        COMPONENTS.put("org.postgresql.", "PostgreSQL JDBC driver (the server itself is another process, not sampled)");
        COMPONENTS.put("com.zaxxer.hikari.", "connection pool (HikariCP)");
        COMPONENTS.put("org.springframework.", "Spring (transactions, wiring)");
        COMPONENTS.put("org.bson.", "BSON encoding (driver)");
        COMPONENTS.put("org.axonframework.", "Axon Framework");
        COMPONENTS.put("com.fasterxml.", "Jackson (event payloads)");
        COMPONENTS.put("io.caseledger.", "CaseLedger code");
        COMPONENTS.put("io.netty.", "Netty (embedded server's network)");
        COMPONENTS.put("javax.crypto.", "JDK crypto (sealing personal fields)");
        COMPONENTS.put("com.sun.crypto.", "JDK crypto (sealing personal fields)");
        COMPONENTS.put("sun.security.", "JDK crypto (sealing personal fields)");
        COMPONENTS.put("java.", "JDK (collections, strings, I/O)");
        COMPONENTS.put("jdk.", "JDK (collections, strings, I/O)");
        COMPONENTS.put("sun.", "JDK (collections, strings, I/O)");
    }

    private Profile() {
    }

    /** Runs {@code phase} under a recording when {@code enabled}, printing the summary afterwards. */
    static <T> T of(boolean enabled, String label, Callable<T> phase) throws Exception {
        if (!enabled) {
            return phase.call();
        }
        Path file = Files.createTempFile("caseledger-bench-", ".jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            T result = phase.call();
            recording.stop();
            recording.dump(file);
            print(label, file);
            return result;
        } catch (ParseException e) {
            throw new IllegalStateException("the JDK's 'profile' recording settings are unreadable", e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void print(String label, Path file) throws IOException {
        Map<String, Integer> byComponent = new HashMap<>();
        Map<String, Integer> byMethod = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            RecordedFrame top = frames.get(0);
            String type = top.getMethod().getType().getName();
            byComponent.merge(component(frames), 1, Integer::sum);
            byMethod.merge(type + "." + top.getMethod().getName(), 1, Integer::sum);
            samples++;
        }
        System.out.printf("%nprofile of %s: %d CPU samples%n", label, samples);
        if (samples == 0) {
            return;
        }
        int total = samples;
        System.out.println("  by component (the first non-JDK frame from the top, else the JDK):");
        byComponent.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("    %5.1f%%  %s%n", e.getValue() * 100.0 / total, e.getKey()));
        System.out.println("  hottest methods (self time):");
        byMethod.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("    %5.1f%%  %s%n", e.getValue() * 100.0 / total, e.getKey()));
    }

    /** JDK frames are charged to the library that called them: a HashMap lookup in the server is the server's cost. */
    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String name = componentOf(frame.getMethod().getType().getName());
            if (!name.startsWith("JDK (collections")) {
                return name;
            }
        }
        return componentOf(frames.get(0).getMethod().getType().getName());
    }

    private static String componentOf(String type) {
        return COMPONENTS.entrySet().stream().filter(e -> type.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("other");
    }
}
