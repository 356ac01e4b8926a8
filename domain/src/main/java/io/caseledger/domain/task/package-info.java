/** Follow-up tasks: the case manager's to-do items, some created by policies (missed appointment, discharge). */
package io.caseledger.domain.task;
