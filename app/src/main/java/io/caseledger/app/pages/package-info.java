/**
 * The web application: server-rendered pages (Thymeleaf, htmx and its SSE extension, Chart.js, all
 * from WebJars) for case managers, supervisors, auditors and admins. Pages hold no business rule and
 * have no path to the data of their own: they send the API's command routes ({@code CommandEndpoints})
 * and ask the same query bus, case view and history reads, so scope and validation are the API's.
 */
package io.caseledger.app.pages;
