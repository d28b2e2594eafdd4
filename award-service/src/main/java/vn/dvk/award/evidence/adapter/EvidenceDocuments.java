package vn.dvk.award.evidence.adapter;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.award.evidence.domain.CampaignRecord;
import vn.dvk.award.evidence.domain.ModelRecord;
import vn.dvk.award.evidence.domain.RatingRecord;
import vn.dvk.award.evidence.domain.RecognitionRecord;
import vn.dvk.award.evidence.domain.TitleRecord;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.Title;

/**
 * The evidence as stored. None of these documents is {@code UnitScoped}: no endpoint lists them, they are read only
 * to evaluate a proposal the caller may see, and a campaign issued above the caller must still be readable then.
 */
final class EvidenceDocuments {

    private EvidenceDocuments() {
    }

    @Document("evidence_rating")
    @CompoundIndex(name = "unit_subject", def = "{'unitCode': 1, 'subject': 1}")
    record Rating(@Id String id, RatedSubject subject, String unitCode, String unitPath, String personName, int year,
                  TaskRating rating, String personId, long version) {
        static Rating of(RatingRecord r) {
            return new Rating(r.ratingId(), r.subject(), r.unitCode(), r.unitPath(), r.personName(), r.year(),
                    r.rating(), r.personId(), r.version());
        }

        RatingRecord toRecord() {
            return new RatingRecord(id, subject, unitCode, unitPath, personName, year, rating, personId, version);
        }
    }

    @Document("evidence_title")
    @CompoundIndex(name = "title_unitPath", def = "{'title': 1, 'unitPath': 1}")
    record TitleHeld(@Id String id, Title title, String unitCode, String unitPath, String holderName, int year,
                     List<String> holderPersonIds, long version) {
        static TitleHeld of(TitleRecord t) {
            return new TitleHeld(t.titleId(), t.title(), t.unitCode(), t.unitPath(), t.holderName(), t.year(),
                    t.holderPersonIds(), t.version());
        }

        TitleRecord toRecord() {
            return new TitleRecord(id, title, unitCode, unitPath, holderName, year, holderPersonIds, version);
        }
    }

    @Document("evidence_model")
    record Model(@Id String id, int year, String unitCode, @Indexed(name = "unitPath") String unitPath,
                 OwnerType ownerType, String name, String ownerName, String personInCharge, ModelStatus status,
                 @Indexed(name = "replicatedFrom") String replicatedFrom, long version,
                 @Indexed(name = "ownerPersonId") String ownerPersonId) {
        static Model of(ModelRecord m) {
            return new Model(m.id(), m.year(), m.unitCode(), m.unitPath(), m.ownerType(), m.name(), m.ownerName(),
                    m.personInCharge(), m.status(), m.replicatedFrom(), m.version(), m.ownerPersonId());
        }

        ModelRecord toRecord() {
            return new ModelRecord(id, year, unitCode, unitPath, ownerType, name, ownerName, personInCharge, status,
                    replicatedFrom, version, ownerPersonId);
        }
    }

    @Document("evidence_recognition")
    record Recognition(@Id String id, @Indexed(name = "modelId") String modelId, int year, boolean recognized,
                       double totalScore) {
        static Recognition of(RecognitionRecord r) {
            return new Recognition(r.evaluationId(), r.modelId(), r.year(), r.recognized(), r.totalScore());
        }

        RecognitionRecord toRecord() {
            return new RecognitionRecord(id, modelId, year, recognized, totalScore);
        }
    }

    @Document("evidence_campaign")
    record Campaign(@Id String id, String issuingUnitCode, String issuingUnitPath, String name, String documentNumber,
                    int startYear, int endYear, long version) {
        static Campaign of(CampaignRecord c) {
            return new Campaign(c.id(), c.issuingUnitCode(), c.issuingUnitPath(), c.name(), c.documentNumber(),
                    c.startYear(), c.endYear(), c.version());
        }

        CampaignRecord toRecord() {
            return new CampaignRecord(id, issuingUnitCode, issuingUnitPath, name, documentNumber, startYear, endYear,
                    version);
        }
    }
}
