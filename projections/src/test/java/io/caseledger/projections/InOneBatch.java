package io.caseledger.projections;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Runs handler calls in one unit of work, as an event processor runs one batch: written together when it commits. */
public final class InOneBatch {

    private InOneBatch() {
    }

    public static void run(Runnable handlerCalls) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        try {
            handlerCalls.run();
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
        unitOfWork.commit();
    }
}
