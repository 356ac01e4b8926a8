package io.caseledger.domain.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Collections in events keep one defined order, their natural one, so an event serializes to the
 * same JSON wherever and whenever it is written (Set.copyOf iterates in an order salted per JVM).
 * The hash chain and every export depend on that.
 */
public final class Canonical {

    private Canonical() {
    }

    public static <E extends Comparable<? super E>> SortedSet<E> sorted(Collection<E> values) {
        return values == null ? null : Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
