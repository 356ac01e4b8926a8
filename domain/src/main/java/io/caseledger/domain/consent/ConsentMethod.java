package io.caseledger.domain.consent;

/** How the client gave consent. */
public enum ConsentMethod { WRITTEN, VERBAL, ELECTRONIC }
