package io.caseledger.projections.storage;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a unit of work's batches after its last event is handled. This must happen inside the
 * processing, not when the unit of work commits: Axon's pooled processor registers the storing of its
 * token as the first commit step, so a write made on commit would follow the token, and a crash
 * between the two would lose the batch for good. Written before the token, a crash only means the
 * batch is delivered again, which the version guard makes harmless.
 */
public final class FlushAtBatchEnd implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String BATCHES = FlushAtBatchEnd.class.getName();

    static void register(UnitOfWork<?> unitOfWork, DocumentBatch batch) {
        List<DocumentBatch> batches = unitOfWork.getResource(BATCHES);
        if (batches == null) {
            batches = new ArrayList<>();
            unitOfWork.resources().put(BATCHES, batches);
            // Also on commit, for units of work this interceptor does not see the end of.
            unitOfWork.onPrepareCommit(FlushAtBatchEnd::flush);
        }
        batches.add(batch);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        Object result = interceptorChain.proceed();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batching && batching.isLastMessage()) {
            flush(unitOfWork);
        }
        return result;
    }

    private static void flush(UnitOfWork<?> unitOfWork) {
        List<DocumentBatch> batches = unitOfWork.root().getResource(BATCHES);
        if (batches != null) {
            batches.forEach(DocumentBatch::flush);
        }
    }
}
