package io.caseledger.domain.erasure;

/** Why personal data is erased: a coded basis, so no free text reaches metadata. */
public enum ErasureBasis { RETENTION_PERIOD_ENDED, DATA_SUBJECT_REQUEST }
