package io.caseledger.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.caseledger.projections.appointments.AppointmentScheduleProjection;
import io.caseledger.projections.caseload.CaseloadRow;
import io.caseledger.projections.referrals.ReferralTrackerProjection;
import org.bson.Document;

import static io.caseledger.projections.storage.Embedded.key;

/**
 * For query tests that store rows by hand: adds what the caseload projection keeps beside them, so
 * queries find them by key as in production: each case manager's {@code caseloads} document, and each
 * row's listing of its referrals and appointments.
 */
public final class KeyedReadModels {

    private KeyedReadModels() {
    }

    public static void index(MongoDatabase database) {
        MongoCollection<Document> rows = database.getCollection(CaseloadRow.COLLECTION);
        database.getCollection(ReferralTrackerProjection.COLLECTION).find().forEach(r -> rows.updateOne(
                Filters.eq("_id", r.getString(ReferralTrackerProjection.CASE_ID)),
                Updates.set(CaseloadRow.REFERRALS + "." + key(r.getString(ReferralTrackerProjection.REFERRAL_ID)) + "." + CaseloadRow.Referral.ID,
                        r.getString(ReferralTrackerProjection.REFERRAL_ID))));
        database.getCollection(AppointmentScheduleProjection.COLLECTION).find().forEach(a -> rows.updateOne(
                Filters.eq("_id", a.getString(AppointmentScheduleProjection.CASE_ID)),
                Updates.set(CaseloadRow.APPOINTMENTS + "." + key(a.getString(AppointmentScheduleProjection.APPOINTMENT_ID)) + "." + CaseloadRow.Appointment.ID,
                        a.getString(AppointmentScheduleProjection.APPOINTMENT_ID))));
        rows.find().forEach(row -> {
            String owner = CaseloadRow.openOwner(row);
            if (owner != null) {
                database.getCollection(CaseloadRow.OWNERS).updateOne(Filters.eq("_id", owner),
                        Updates.addToSet(CaseloadRow.OPEN_CASES, row.getString(CaseloadRow.CASE_ID)), new UpdateOptions().upsert(true));
            }
        });
    }
}
