/** Small pieces several features of the app use alike (bounded in-memory caches). */
package io.caseledger.app.support;
