/** The HTTP API: JSON in, commands and queries through Axon's gateways, problem+json out on refusal. */
package io.caseledger.app.web;
