package io.caseledger.domain.scope;

import io.caseledger.domain.shared.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may ask a query. Every query type must carry it: the query bus refuses a query
 * without it, so a new query cannot leak by being forgotten.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadableBy {

    Role[] value();
}
