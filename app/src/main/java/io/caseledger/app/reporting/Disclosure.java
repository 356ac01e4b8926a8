package io.caseledger.app.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.caseledger.app.privacy.RecordTypes;
import io.caseledger.domain.shared.Disclosable;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;

/**
 * The allow-list of what leaves for reporting: from a payload's JSON tree, only the components its
 * record type marks {@link Disclosable}, recursing into nested records and lists of them, the ones
 * marked {@code PSEUDONYM} replaced by their keyed pseudonym. Everything unmarked is withheld, so a new
 * field cannot leak before someone has decided it may leave.
 */
@Component
class Disclosure {

    private final Pseudonyms pseudonyms;

    Disclosure(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    ObjectNode of(JsonNode payload, Class<?> type) {
        ObjectNode disclosed = JsonNodeFactory.instance.objectNode();
        if (!(payload instanceof ObjectNode object) || !type.isRecord()) {
            return disclosed;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Disclosable mark = component.getAnnotation(Disclosable.class);
            JsonNode value = object.get(component.getName());
            if (mark != null && value != null) {
                disclosed.set(component.getName(), value(value, component, mark.value()));
            }
        }
        return disclosed;
    }

    private JsonNode value(JsonNode value, RecordComponent component, Disclosable.As as) {
        Class<?> nested = RecordTypes.elementType(component);
        if (nested != null && value instanceof ArrayNode array) {
            ArrayNode elements = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> elements.add(of(element, nested)));
            return elements;
        }
        if (nested != null) {
            return of(value, nested);
        }
        if (as == Disclosable.As.PSEUDONYM) {
            return value.isTextual() ? new TextNode(pseudonyms.of(value.textValue())) : NullNode.getInstance();
        }
        return value.deepCopy();
    }
}
