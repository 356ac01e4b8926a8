package io.caseledger.app.security;

import io.caseledger.domain.shared.AssignsCaseManager;
import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.Role;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Refuses, before dispatch, any command that would put a case in the caseload of someone who is not
 * a case manager, or (for supervisors) of a case manager outside the supervisor's team.
 */
@Component
class CaseManagerCheck implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final StaffDirectory staff;

    CaseManagerCheck(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getPayload() instanceof AssignsCaseManager assigns && !staff.isCaseManager(assigns.assignedCaseManagerId())) {
                throw CommandRejected.rule("unknown-case-manager", "The case manager named is not a case manager.");
            }
            if (command.getPayload() instanceof AssignsCaseManager assigns && Actor.current().filter(a -> a.is(Role.SUPERVISOR))
                    .map(a -> !Objects.equals(a.team(), staff.teamOf(assigns.assignedCaseManagerId()).orElse(null))).orElse(false)) {
                throw CommandRejected.rule("case-manager-outside-team", "A supervisor assigns cases within their own team.");
            }
            return command;
        };
    }
}
