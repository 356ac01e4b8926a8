package io.caseledger.bench;

import io.caseledger.app.CaseLedgerApplication;
import io.caseledger.app.audit.CaseHistory;
import io.caseledger.app.audit.CaseRecord;
import io.caseledger.app.audit.ChainVerification;
import io.caseledger.domain.assignment.AddCareTeamMember;
import io.caseledger.domain.assignment.CareTeamRole;
import io.caseledger.domain.assignment.RemoveCareTeamMember;
import io.caseledger.domain.enrolment.EnrolClient;
import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * Audit figures for one long case: reading its full history from the event store (as the history
 * endpoint does, entries built), folding it to the case summary, and verifying its hash chain.
 * Usage: mvn -q -B -pl bench exec:java -Dexec.mainClass=io.caseledger.bench.AuditBenchmark -Dexec.args="1000 200"
 */
public final class AuditBenchmark {

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dataDir = Files.createTempDirectory("caseledger-audit-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CaseLedgerApplication.class).profiles("demo")
                .run("--server.port=0", "--caseledger.mongodb.embedded.data-dir=" + dataDir, "--caseledger.mongodb.embedded.port=0", "--caseledger.postgres.url=", "--caseledger.postgres.embedded.port=0",
                        "--logging.level.root=warn")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            Map<String, Object> actor = Map.of("userId", "bench", "userRole", "SUPERVISOR");
            String caseId = "audit-bench-1";
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EnrolClient(caseId,
                    new PersonalDetails("Bench", "Client", LocalDate.of(1970, 1, 1)), "alice", "en", false, InsuranceStatus.INSURED, null)).andMetaData(actor));
            for (int i = 1; i < events; i += 2) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new AddCareTeamMember(caseId, "m" + i, CareTeamRole.OTHER, "Member " + i, null, null)).andMetaData(actor));
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RemoveCareTeamMember(caseId, "m" + i, "rotation")).andMetaData(actor));
            }
            CaseHistory history = app.getBean(CaseHistory.class);
            CaseRecord record = app.getBean(CaseRecord.class);
            ChainVerification verification = app.getBean(ChainVerification.class);
            int stored = history.events(caseId).size();
            System.out.printf("%nAudit benchmark: one case with %d events, %d rounds each, %d cores%n", stored, rounds,
                    Runtime.getRuntime().availableProcessors());
            report("history read + entries", rounds, () -> history.events(caseId).forEach(history::entry));
            report("case summary fold (point in time)", rounds, () -> record.summary(caseId, CaseRecord.Cutoff.NOW).orElseThrow());
            report("hash chain verify", rounds, () -> {
                if (!verification.verify(caseId).verified()) {
                    throw new IllegalStateException("chain must verify");
                }
            });
        } finally {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(String what, int rounds, Runnable operation) {
        for (int i = 0; i < Math.max(10, rounds / 10); i++) {
            operation.run();
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            operation.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-36s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms%n", what,
                nanos[rounds / 2] / 1e6, nanos[(int) Math.ceil(rounds * 0.99) - 1] / 1e6, nanos[rounds - 1] / 1e6);
    }
}
