package io.caseledger.app.pages;

import io.caseledger.app.web.EnrolmentRequest;
import io.caseledger.app.web.commands.CommandRoute;
import io.caseledger.app.web.commands.CommandRoutes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The values a form may offer for each enum the commands take ({@code @choices.of('ContactMode')}),
 * read from the command records themselves, so a new value shows in the forms without editing them.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component("choices")
public class Choices {

    private final Map<String, List<String>> byEnum = new TreeMap<>();
    private final Set<Class<?>> seen = new HashSet<>();

    Choices(List<CommandRoutes> groups) {
        groups.stream().flatMap(g -> g.routes().stream()).map(CommandRoute::command).forEach(this::collect);
        collect(EnrolmentRequest.class);
    }

    public List<String> of(String enumName) {
        List<String> values = byEnum.get(enumName);
        if (values == null) {
            throw new IllegalArgumentException("No command takes an enum named " + enumName);
        }
        return values;
    }

    private void collect(Class<?> record) {
        for (RecordComponent component : record.getRecordComponents()) {
            visit(component.getType());
            if (component.getGenericType() instanceof ParameterizedType p) {
                Arrays.stream(p.getActualTypeArguments()).forEach(this::visit);
            }
        }
    }

    private void visit(Type type) {
        if (type instanceof Class<?> c && c.isEnum()) {
            byEnum.putIfAbsent(c.getSimpleName(), Arrays.stream(c.getEnumConstants()).map(v -> ((Enum<?>) v).name()).toList());
        } else if (type instanceof Class<?> c && c.isRecord() && seen.add(c)) {
            collect(c);
        }
    }
}
