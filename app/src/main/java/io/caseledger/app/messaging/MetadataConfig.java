package io.caseledger.app.messaging;

import io.caseledger.app.security.Actor;
import io.caseledger.domain.shared.HasReason;
import io.caseledger.domain.shared.MetadataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.queryhandling.QueryMessage;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.Map;

/**
 * Stamps metadata on every command at dispatch and lets Axon carry it to what follows:
 * <ul>
 *   <li>{@code userId}/{@code userRole}/{@code userTeam}/{@code userCovers}: the authenticated actor and
 *       the caseload scope they acted within, copied to the events a command yields
 *       and to commands a policy sends in reaction;</li>
 *   <li>{@code correlationId}: the request's id, the same on everything one request causes;</li>
 *   <li>{@code causationId}: the id of the message that directly caused this one.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class MetadataConfig {

    /**
     * Correlation and causation. The correlation id is the request's (or the first message's) id, on
     * everything that follows. The causation id is the id of what directly caused a message, except
     * that commands are not stored: an event produced by a command that a policy sent in reaction to
     * an event names that recorded event, so the record links a follow-up to what triggered it.
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return parent -> {
            Object correlation = parent.getMetaData().getOrDefault(MetadataKeys.CORRELATION_ID, parent.getIdentifier());
            Object cause = parent instanceof CommandMessage<?> && parent.getMetaData().containsKey(MetadataKeys.CAUSATION_ID)
                    ? parent.getMetaData().get(MetadataKeys.CAUSATION_ID)
                    : parent.getIdentifier();
            return Map.of(MetadataKeys.CORRELATION_ID, correlation, MetadataKeys.CAUSATION_ID, cause);
        };
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(MetadataKeys.USER, MetadataKeys.ROLE, MetadataKeys.TEAM, MetadataKeys.COVERS);
    }

    /** A command's reason belongs to the events it yields, not to what later reacts to them. */
    @Bean
    CorrelationDataProvider reasonOfCommand() {
        return message -> message instanceof CommandMessage<?> && message.getMetaData().containsKey(MetadataKeys.REASON)
                ? Map.of(MetadataKeys.REASON, message.getMetaData().get(MetadataKeys.REASON))
                : Map.of();
    }

    /** Axon's Spring Boot support registers this on the command gateway. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> actorAndCorrelationStamp() {
        return messages -> (index, command) -> command.andMetaData(stamp(command.getPayload(), command.getMetaData()));
    }

    /** Events published directly (not by an aggregate), such as read-audit events, get the same stamp. */
    @Bean
    MessageDispatchInterceptor<EventMessage<?>> actorAndCorrelationStampOnPublishedEvents() {
        return messages -> (index, event) -> event.andMetaData(stamp(event.getPayload(), event.getMetaData()));
    }

    /**
     * Queries carry the viewer too: the query bus decides from it what the asker may read (see
     * QueryScopeInterceptor), so scope holds for every query and subscription, whatever sends it.
     */
    @Bean
    MessageDispatchInterceptor<QueryMessage<?, ?>> viewerStampOnQueries() {
        return messages -> (index, query) -> Actor.current()
                .<QueryMessage<?, ?>>map(actor -> query.andMetaData(actor.viewer().toMetadata()))
                .orElse(query);
    }

    private static Map<String, Object> stamp(Object payload, MetaData existing) {
        Map<String, Object> added = new HashMap<>();
        if (payload instanceof HasReason withReason && withReason.reason() != null) {
            added.put(MetadataKeys.REASON, withReason.reason().name());
        }
        Actor.current().ifPresent(actor -> added.putAll(actor.viewer().toMetadata()));
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null && !existing.containsKey(MetadataKeys.CORRELATION_ID)) {
            added.put(MetadataKeys.CORRELATION_ID, correlationId);
        }
        return added;
    }
}
