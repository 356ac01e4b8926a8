package io.caseledger.projections;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event handler as a projection: it only listens (sends no command), ignores a re-delivered
 * event, and can be rebuilt from the first event. The app runs the processing group of every bean so
 * marked as a projection (pooled processor, batched writes, token beside its views, ADMIN rebuild);
 * every other processing group is a policy and keeps Axon's defaults. {@code ArchitectureTest}
 * fails for an event handler in this module without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Projection {
}
