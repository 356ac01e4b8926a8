package io.caseledger.domain.appointment;

/** How a reminder reached the client. */
public enum ReminderChannel { PHONE, SMS, EMAIL, LETTER, IN_PERSON }
