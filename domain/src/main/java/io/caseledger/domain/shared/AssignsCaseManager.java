package io.caseledger.domain.shared;

/**
 * A command that puts a case in someone's caseload. The application checks the named person is a
 * case manager before the command reaches the aggregate, which cannot see the staff directory.
 */
public interface AssignsCaseManager {
    String assignedCaseManagerId();
}
