package io.caseledger.app.privacy;

import io.caseledger.domain.erasure.PersonalDataErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys a client's key once their erasure is on record. The erasure endpoint destroys it at once;
 * this tracking handler guarantees it also happens after a crash between the two (it is idempotent).
 */
@Component
@ProcessingGroup(KeyShredder.PROCESSING_GROUP)
class KeyShredder {

    static final String PROCESSING_GROUP = "privacy";

    private final SubjectKeys keys;

    KeyShredder(SubjectKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PersonalDataErased event) {
        keys.destroy(event.caseId());
    }
}
