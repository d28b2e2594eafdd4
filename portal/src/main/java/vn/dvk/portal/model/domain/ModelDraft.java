package vn.dvk.portal.model.domain;

import java.time.LocalDate;

/** What an official fills in to register or edit a model: the fields of seed 001's registration form. */
public record ModelDraft(Integer year, String unitCode, String level, String field, String ownerType, String kind,
                         String name, String address, String content, String ownerName, String personInCharge,
                         LocalDate startDate, LocalDate endDate, String campaignId, String replicatedFrom) {

    public static ModelDraft of(Model model) {
        return new ModelDraft(model.year(), model.unitCode(), model.level(), model.field(), model.ownerType(),
                model.kind(), model.name(), model.address(), model.content(), model.ownerName(),
                model.personInCharge(), model.startDate(), model.endDate(), model.campaignId(),
                model.replicatedFrom());
    }
}
