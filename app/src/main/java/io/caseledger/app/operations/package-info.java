/** Operating the read side: which projections exist, how far behind they are, and rebuilding them. */
package io.caseledger.app.operations;
