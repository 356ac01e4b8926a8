package io.caseledger.command.casefile;

/** Where a case stands in its life; only the aggregate moves it. */
enum CaseStatus { NEW, ENROLLED }
