/** Message metadata: who, in which role, and which request every command and event belongs to. */
package io.caseledger.app.messaging;
