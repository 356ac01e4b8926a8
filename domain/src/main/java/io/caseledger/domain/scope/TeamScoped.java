package io.caseledger.domain.scope;

/** A query about a whole team; answered only for that team's supervisor and auditors. */
public interface TeamScoped {

    String team();
}
