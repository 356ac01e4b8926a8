package io.caseledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The runnable assembly: HTTP API, security, and the wiring of Axon to its event store. */
@SpringBootApplication(scanBasePackages = "io.caseledger")
@ConfigurationPropertiesScan("io.caseledger")
public class CaseLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseLedgerApplication.class, args);
    }
}
