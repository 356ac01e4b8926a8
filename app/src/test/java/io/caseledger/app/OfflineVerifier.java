package io.caseledger.app;

import javax.tools.ToolProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * scripts/VerifyHistory.java as an auditor runs it (a JVM of its own, nothing but the JDK), compiled
 * once rather than by the source launcher on every run: a class-wide test runs it a hundred times.
 */
final class OfflineVerifier {

    record Result(int exit, String output) {
    }

    private final Path classes;

    /** Compiles the script into {@code classes} for the oldest JDK it promises to run on. */
    OfflineVerifier(Path classes) {
        this.classes = classes;
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "--release", "17", "-d", classes.toString(), Path.of("..", "scripts", "VerifyHistory.java").toString());
        if (compiled != 0) {
            throw new IllegalStateException("scripts/VerifyHistory.java does not compile");
        }
    }

    Result run(Path... exports) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", classes.toString(), "VerifyHistory"));
        for (Path export : exports) {
            command.add(export.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
