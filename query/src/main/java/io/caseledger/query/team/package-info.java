/** The supervisor's team view: each case manager's load against capacity, alerts, contacts, PHQ-9 outcomes and review order. */
package io.caseledger.query.team;
