package io.caseledger.app.storage;

import io.caseledger.app.support.RecentlyUsed;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Axon's aggregate cache, made safe for several nodes on one event store. A cached case is used only
 * while the store's last sequence number for it equals the cached version (one indexed look-up instead
 * of reading the whole stream); when another node has appended since, the entry is dropped and the
 * case is loaded from the store. So no node decides on a stale case: not even a refusal, which a
 * stale decision would otherwise never reveal (only appends collide on the sequence number).
 * Least recently used entries go first beyond {@code capacity}.
 */
public final class FreshAggregateCache implements Cache {

    private static final Field VERSION = versionField();

    private final EventStore store;
    private final Map<Object, Object> entries;

    public FreshAggregateCache(EventStore store, int capacity) {
        this.store = store;
        this.entries = RecentlyUsed.map(capacity);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && !Objects.equals(versionOf(entry), stored(key))) {
            remove(key);
            return null;
        }
        return (V) value;
    }

    private Long stored(Object key) {
        Optional<Long> last = store.lastSequenceNumberFor(key.toString());
        return last.orElse(null);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return () -> true; // nothing here notifies listeners, and Axon's repository registers none
    }

    /** Axon keeps the version in a private field and offers no getter; a test pins this to Axon's shape. */
    static Long versionOf(AggregateCacheEntry<?> entry) {
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Axon's AggregateCacheEntry changed shape: review FreshAggregateCache", e);
        }
    }
}
