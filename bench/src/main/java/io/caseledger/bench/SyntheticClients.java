package io.caseledger.bench;

import io.caseledger.domain.enrolment.EnrolClient;
import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/**
 * Enrolment commands for made-up clients: common given and family names drawn independently, so
 * records look like real ones (and serialise to the same sizes) without describing anyone real.
 * A fixed seed makes every run enrol the same population.
 */
final class SyntheticClients {

    private static final String[] GIVEN = {"Amara", "Ben", "Chloe", "Dariusz", "Elena", "Farah", "George", "Hana",
            "Ibrahim", "Julia", "Kwame", "Laila", "Mateo", "Niamh", "Oliver", "Priya", "Quentin", "Rosa", "Samuel",
            "Tomasz", "Uma", "Victor", "Wanjiru", "Yusuf", "Zoe"};
    private static final String[] FAMILY = {"Abbott", "Bianchi", "Chowdhury", "Dlamini", "Evans", "Fernandes",
            "Gallagher", "Hughes", "Iqbal", "Jankowski", "Kowalczyk", "Lindqvist", "Mensah", "Nowak", "O'Connor",
            "Patel", "Quinn", "Rahman", "Santos", "Thompson", "Urquhart", "Varga", "Williams", "Yilmaz", "Zielinski"};
    /** Language codes with English most frequent, as in a typical urban caseload. */
    private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "pl", "ur", "es", "ar", "so", "pt", "ro"};
    /** The demo profile's case managers; the app refuses cases for anyone else. */
    private static final String[] CASE_MANAGERS = {"alice", "bob"};

    private final Random random = new Random(20240601L);

    /** A walk-in enrolment of a new client on a fresh case id. */
    EnrolClient next() {
        String language = pick(LANGUAGES);
        LocalDate today = LocalDate.now();
        return new EnrolClient(
                UUID.randomUUID().toString(),
                new PersonalDetails(pick(GIVEN), pick(FAMILY), today.minusYears(18 + random.nextInt(70)).minusDays(random.nextInt(365))),
                pick(CASE_MANAGERS),
                language,
                !language.equals("en") && random.nextInt(10) < 6,
                insurance(),
                today.minusDays(random.nextInt(60)));
    }

    /** {@code n} commands, built before timing starts so that generating them is not measured. */
    EnrolClient[] batch(int n) {
        EnrolClient[] commands = new EnrolClient[n];
        for (int i = 0; i < n; i++) {
            commands[i] = next();
        }
        return commands;
    }

    private InsuranceStatus insurance() {
        int roll = random.nextInt(100);
        return roll < 70 ? InsuranceStatus.INSURED : roll < 85 ? InsuranceStatus.UNINSURED
                : roll < 95 ? InsuranceStatus.APPLICATION_PENDING : InsuranceStatus.UNKNOWN;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
