/** Query messages and the Axon query handlers that answer them from the read models. */
package io.caseledger.query;
