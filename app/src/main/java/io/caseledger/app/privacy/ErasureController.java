package io.caseledger.app.privacy;

import io.caseledger.domain.erasure.ErasePersonalData;
import io.caseledger.domain.erasure.ErasureBasis;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Erases a closed case's personal data once its retention period has passed (ADMIN, acting for the
 * data protection officer): records the erasure, then destroys the client's key.
 */
@RestController
class ErasureController {

    record ErasureRequest(ErasureBasis basis, String reference) {
    }

    private final CommandGateway commands;
    private final SubjectKeys keys;

    ErasureController(CommandGateway commands, SubjectKeys keys) {
        this.commands = commands;
        this.keys = keys;
    }

    @PostMapping("/api/cases/{caseId}/erasure")
    ResponseEntity<Map<String, String>> erase(@PathVariable String caseId, @RequestBody ErasureRequest body) {
        commands.sendAndWait(new ErasePersonalData(caseId, body.basis(), body.reference()));
        keys.destroy(caseId);
        return ResponseEntity.ok(Map.of("caseId", caseId, "personalData", "erased"));
    }
}
