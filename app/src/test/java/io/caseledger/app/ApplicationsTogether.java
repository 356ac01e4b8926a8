package io.caseledger.app;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Runs the test classes that share an application one after another (classes that read the log
 * first, then classes without an application),
 * and within a group the one that closes it ({@code @DirtiesContext}) last. Spring pauses a cached
 * application while other classes run, and Axon's processors cannot be started again after that:
 * so an application must be used by one unbroken run of classes, never resumed. Registered in
 * {@code junit-platform.properties}.
 */
public class ApplicationsTogether implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor d) -> !readsTheLog(d))
                .thenComparing(d -> application(d.getTestClass()))
                .thenComparing(d -> d.isAnnotated(DirtiesContext.class))
                .thenComparing(d -> d.getTestClass().getName()));
    }

    /**
     * A class that checks the log stays quiet runs before any application has been paused: a pausing
     * application's processors may still log while they stop.
     */
    private static boolean readsTheLog(ClassDescriptor d) {
        return d.findRepeatableAnnotations(ExtendWith.class).stream().anyMatch(e -> Arrays.asList(e.value()).contains(OutputCaptureExtension.class));
    }

    /** What decides the application a class gets from Spring's context cache; "" for none. */
    static String application(Class<?> type) {
        SpringBootTest boot = AnnotatedElementUtils.findMergedAnnotation(type, SpringBootTest.class);
        if (boot == null) {
            return "";
        }
        Import imports = AnnotatedElementUtils.findMergedAnnotation(type, Import.class);
        boolean ownProperties = Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(DynamicPropertySource.class));
        return String.join("|", boot.webEnvironment().name(), String.join(",", boot.properties()),
                imports == null ? "" : Arrays.toString(imports.value()), ownProperties ? type.getName() : "");
    }
}
