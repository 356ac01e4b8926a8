package io.caseledger.domain.contact;

/** How the case manager reached, or tried to reach, the client. */
public enum ContactMode { PHONE, IN_PERSON, HOME_VISIT, VIDEO, TEXT, EMAIL, LETTER }
