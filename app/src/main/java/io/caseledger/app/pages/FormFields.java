package io.caseledger.app.pages;

import io.caseledger.app.web.RequestRefused;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * A submitted form as the JSON body the API would receive, typed by the shape of the record it builds
 * (numbers as numbers, booleans as booleans, repeated fields as lists, {@code recipient.category} as a
 * nested object, {@code corrections[0].field} as a list of objects). Blank fields are left out, so the
 * command's own validation names what is missing; nothing here judges the values.
 */
final class FormFields {

    private final JsonMapper json;

    FormFields(JsonMapper json) {
        this.json = json;
    }

    ObjectNode toJson(Class<?> shape, Map<String, String[]> form) {
        ObjectNode node = json.createObjectNode();
        fill(node, shape, "", form);
        return node;
    }

    private void fill(ObjectNode node, Class<?> shape, String prefix, Map<String, String[]> form) {
        for (RecordComponent component : shape.getRecordComponents()) {
            String name = prefix + component.getName();
            Class<?> type = component.getType();
            if (type.isRecord()) {
                ObjectNode child = json.createObjectNode();
                fill(child, type, name + ".", form);
                if (!child.isEmpty()) {
                    node.set(component.getName(), child);
                }
            } else if (Collection.class.isAssignableFrom(type)) {
                ArrayNode list = list(name, element(component.getGenericType()), form);
                if (!list.isEmpty()) {
                    node.set(component.getName(), list);
                }
            } else {
                String value = single(form.get(name));
                if (value != null) {
                    node.set(component.getName(), scalar(name, type, value));
                }
            }
        }
    }

    private ArrayNode list(String name, Class<?> element, Map<String, String[]> form) {
        ArrayNode list = json.createArrayNode();
        if (element.isRecord()) {
            // Rows of a repeated group: name[0].field, name[1].field...
            TreeSet<Integer> rows = new TreeSet<>();
            form.keySet().stream().filter(k -> k.startsWith(name + "[") && k.indexOf(']') > name.length() + 1)
                    .forEach(k -> rows.add(Integer.parseInt(k.substring(name.length() + 1, k.indexOf(']')))));
            for (int row : rows) {
                ObjectNode child = json.createObjectNode();
                fill(child, element, name + "[" + row + "].", form);
                if (!child.isEmpty()) {
                    list.add(child);
                }
            }
            return list;
        }
        String[] values = form.getOrDefault(name, new String[0]);
        Arrays.stream(values).map(v -> v == null ? "" : v.strip()).filter(v -> !v.isEmpty())
                .forEach(v -> list.add(scalar(name, element, v)));
        return list;
    }

    private JsonNode scalar(String name, Class<?> type, String value) {
        try {
            if (type == Integer.class || type == int.class) {
                return json.getNodeFactory().numberNode(Integer.parseInt(value));
            }
            if (type == Long.class || type == long.class) {
                return json.getNodeFactory().numberNode(Long.parseLong(value));
            }
        } catch (NumberFormatException e) {
            throw RequestRefused.invalid(name, "must be a whole number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return json.getNodeFactory().booleanNode("true".equals(value) || "on".equals(value));
        }
        if (type == Instant.class && value.length() == 16) {
            // A datetime-local field ("2026-03-01T09:30") is read as UTC, as the forms say.
            return json.getNodeFactory().stringNode(value + ":00Z");
        }
        return json.getNodeFactory().stringNode(value);
    }

    private static String single(String[] values) {
        if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
            return null;
        }
        return values[0].strip();
    }

    private static Class<?> element(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return String.class;
    }
}
