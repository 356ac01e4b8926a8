/** The community resource directory: listing resources by service type, language and name, and looking one up. */
package io.caseledger.query.resources;
