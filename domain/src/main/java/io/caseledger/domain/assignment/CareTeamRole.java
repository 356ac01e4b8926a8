package io.caseledger.domain.assignment;

/** The part a person plays in the client's care team. */
public enum CareTeamRole {
    PCP, PSYCHIATRIST, BEHAVIOURAL_HEALTH_CLINICIAN, SOCIAL_WORKER, NURSE, PHARMACIST, SPECIALIST,
    COMMUNITY_HEALTH_WORKER, FAMILY_MEMBER, CAREGIVER, OTHER
}
