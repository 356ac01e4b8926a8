/** The Spring Boot assembly of CaseLedger: everything that ties the modules to HTTP and storage. */
package io.caseledger.app;
