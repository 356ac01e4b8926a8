/** How the projections write to MongoDB so that re-delivery changes nothing and every write finds its document by index. */
package io.caseledger.projections.storage;
