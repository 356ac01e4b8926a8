package io.caseledger.domain.closure;

/** Why a case closed, coded so caseload and outcome reports can count them. */
public enum ClosureReason {
    GOALS_MET, DECLINED_FURTHER_SERVICES, LOST_TO_FOLLOW_UP, MOVED, DECEASED, TRANSFERRED_OUT, INELIGIBLE
}
