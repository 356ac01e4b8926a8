/** Cursor pagination shared by the list queries: opaque cursors that name the last row seen, never its content. */
package io.caseledger.query.paging;
