package io.caseledger.app.privacy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;

/** How event records nest: the walks over a payload's fields (sealing, disclosure) recurse the same way. */
public final class RecordTypes {

    private RecordTypes() {
    }

    /** The record type a component holds, directly or as the element of a collection; else null. */
    public static Class<?> elementType(RecordComponent component) {
        if (component.getType().isRecord()) {
            return component.getType();
        }
        if (Collection.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (element instanceof Class<?> c && c.isRecord()) {
                return c;
            }
        }
        return null;
    }
}
