/** Building blocks every feature uses: rejections, metadata keys, input checks. */
package io.caseledger.domain.shared;
