/** Who works the case: the responsible case manager, transfers between them, and the care team. */
package io.caseledger.domain.assignment;
