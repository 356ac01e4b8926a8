package io.caseledger.query.referrals;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.caseledger.domain.consent.Recipient;
import io.caseledger.domain.consent.RecipientCategory;
import io.caseledger.domain.referral.ReferralStatus;
import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.query.paging.PageRequest;
import io.caseledger.projections.caseload.CaseloadRow;
import io.caseledger.query.caseload.OpenCases;
import io.caseledger.query.paging.Page;
import org.axonframework.queryhandling.QueryHandler;
import io.caseledger.projections.storage.ByIds;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.caseledger.projections.referrals.ReferralTrackerProjection.*;

/** Answers the referral tracker from the {@code referrals} collection, scoped by the caseload rows. */
@Component
public class ReferralQueries {

    /** A closed referral stays on the tracker this long after it stopped being open. */
    static final Duration RECENTLY_CLOSED = Duration.ofDays(30);

    private static final Comparator<ReferralList.TrackedReferral> BY_DUE_DATE = Comparator.comparing(ReferralList.TrackedReferral::dueBy)
            .thenComparing(ReferralList.TrackedReferral::caseId).thenComparing(ReferralList.TrackedReferral::referralId);

    private final OpenCases openCases;
    private final MongoCollection<Document> referrals;
    private final Clock clock;
    private final TeamRoster roster;

    public ReferralQueries(MongoDatabase database, Clock clock, TeamRoster roster) {
        this.openCases = new OpenCases(database);
        this.referrals = database.getCollection(COLLECTION);
        this.clock = clock;
        this.roster = roster;
    }

    @QueryHandler
    public ReferralList handle(FindCaseloadReferrals query) {
        return referrals(List.of(query.caseManagerId()), query.status(), query.page());
    }

    @QueryHandler
    public ReferralList handle(FindTeamReferrals query) {
        return referrals(List.copyOf(roster.caseManagersOf(query.team())), query.status(), query.page());
    }

    private ReferralList referrals(List<String> caseManagerIds, ReferralStatus status, PageRequest request) {
        Instant now = clock.instant();
        Map<String, Document> open = openCases.of(caseManagerIds);
        // By key: the rows list their cases' referrals, so the tracker is read by _id, never scanned.
        List<String> ids = new ArrayList<>();
        open.values().forEach(row -> OpenCases.referralIds(row).forEach(referralId -> ids.add(id(row.getString(CaseloadRow.CASE_ID), referralId))));
        Date recent = Date.from(now.minus(RECENTLY_CLOSED));
        List<ReferralList.TrackedReferral> matching = OpenCases.byIds(referrals, ids)
                .stream().filter(doc -> doc.getDate(CLOSED_AT) == null || !doc.getDate(CLOSED_AT).before(recent))
                .map(doc -> entry(doc, open.get(doc.getString(CASE_ID)), now))
                .filter(e -> status == null || status.name().equals(e.status())).toList();
        Page<ReferralList.TrackedReferral> page = Page.of(matching, BY_DUE_DATE, e -> id(e.caseId(), e.referralId()), ReferralList.ORDER, request,
                id -> Optional.ofNullable(referrals.find(Filters.eq("_id", id)).first()).filter(doc -> open.containsKey(doc.getString(CASE_ID)))
                        .map(doc -> entry(doc, open.get(doc.getString(CASE_ID)), now)));
        return new ReferralList(page.items(), page.nextCursor());
    }

    private static ReferralList.TrackedReferral entry(Document doc, Document row, Instant now) {
        LocalDate dueBy = LocalDate.parse(doc.getString(DUE_BY));
        ReferralStatus status = ReferralStatus.valueOf(doc.getString(STATUS));
        Document recipient = doc.get(RECIPIENT, Document.class);
        String category = recipient.getString("category");
        Date appointmentAt = doc.getDate(APPOINTMENT_AT);
        Date closedAt = doc.getDate(CLOSED_AT);
        return new ReferralList.TrackedReferral(doc.getString(REFERRAL_ID), doc.getString(CASE_ID), row.getString(CaseloadRow.CASE_MANAGER),
                row.getString(CaseloadRow.CLIENT_NAME), status.name(), doc.getString(TYPE), doc.getString(URGENCY),
                new Recipient(recipient.getString("organisation"), category == null ? null : RecipientCategory.valueOf(category)),
                doc.getString(RESOURCE_ID), dueBy, status.isOverdue(dueBy, LocalDate.ofInstant(now, ZoneOffset.UTC)),
                doc.getString(SENT_ON) == null ? null : LocalDate.parse(doc.getString(SENT_ON)),
                appointmentAt == null ? null : appointmentAt.toInstant(), doc.getString(PRIOR_AUTHORIZATION),
                closedAt == null ? null : closedAt.toInstant());
    }
}
