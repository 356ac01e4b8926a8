package io.caseledger.app;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port, its stores in a data directory of its own
 * ({@link TestStores}). Every class that adds nothing else (same {@code properties}, no
 * {@code @Import}, no {@code @DynamicPropertySource}) has the same configuration, so Spring's
 * context cache starts the application once for all of them: such a class must use ids and names
 * no other class uses (prefix them with the class's own) and must not assume an empty store.
 * {@link ApplicationsTogether} runs the classes of one application one after another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestStores.class)
public @interface HttpTest {

    /**
     * Set to the class's name by a class that asserts over whole collections, caseloads or feeds,
     * which other classes' data would change: it gets an application and stores of its own.
     */
    String OWN_STORES = "caseledger.test.own-stores";

    /** Extra properties; a class that sets any gets an application (and stores) of its own. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
