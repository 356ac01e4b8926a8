/**
 * Erasure by crypto-shredding: a closed case's personal fields become unreadable everywhere once its
 * retention period has passed and erasure is required, while the facts and the hash chain remain.
 */
package io.caseledger.domain.erasure;
