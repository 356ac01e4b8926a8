/** The benchmark harness: drives the real application and prints figures. Never run by the test suite. */
package io.caseledger.bench;
