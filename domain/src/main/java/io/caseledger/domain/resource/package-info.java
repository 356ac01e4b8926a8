/** The community resource directory: providers and services clients are referred to. */
package io.caseledger.domain.resource;
