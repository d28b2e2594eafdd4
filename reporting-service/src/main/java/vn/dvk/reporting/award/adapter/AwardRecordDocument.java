package vn.dvk.reporting.award.adapter;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.reporting.award.domain.AwardRecord;

/** A granted award, read by a year and a unit-path prefix on {@code (year, unitPath)}. */
@Document("rpt_awards")
@CompoundIndex(name = "year_unitPath", def = "{'year': 1, 'unitPath': 1}")
record AwardRecordDocument(@Id String id, String proposalId, int year, String formCode, String formName,
                           String recipientType, String unitCode, String unitPath, long amount) {

    static AwardRecordDocument of(AwardRecord a) {
        return new AwardRecordDocument(a.id(), a.proposalId(), a.year(), a.formCode(), a.formName(),
                a.recipientType(), a.unitCode(), a.unitPath(), a.amount());
    }

    AwardRecord toRecord() {
        return new AwardRecord(id, proposalId, year, formCode, formName, recipientType, unitCode, unitPath, amount);
    }
}
