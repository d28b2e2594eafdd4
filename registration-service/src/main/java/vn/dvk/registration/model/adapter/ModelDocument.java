package vn.dvk.registration.model.adapter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.platform.access.UnitScoped;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelDetails;
import vn.dvk.registration.model.domain.Transition;

/**
 * A model as stored, with its history; {@code searchText} is the folded name and owner the list's {@code q} searches.
 * The indexes serve the model list: every list is narrowed by year and by a unit's subtree (an anchored prefix of
 * {@code unitPath}), most also by status, some by campaign. A model is a fact about its unit: officials outside the
 * unit's subtree do not find it.
 */
@Document("model")
@CompoundIndex(name = "year_unitPath", def = "{'year': 1, 'unitPath': 1}")
record ModelDocument(@Id String id, int year, String unitCode, @Indexed(name = "unitPath") String unitPath,
                     ManagementLevel level, Field field, OwnerType ownerType, ModelKind kind,
                     @Indexed(name = "status") ModelStatus status, String name, String address, String content,
                     String ownerName, String personInCharge, LocalDate startDate, LocalDate endDate,
                     @Indexed(name = "campaignId") String campaignId, String replicatedFrom, String searchText,
                     Instant createdAt, Instant updatedAt, long version, List<Entry> history,
                     String ownerPersonId) implements UnitScoped {

    /** One history entry, as {@link Transition} states it. */
    record Entry(String action, ModelStatus from, ModelStatus to, String reason, String by, Instant at, long sequence,
                 String eventType, String eventId, String causedByEventId, String previousUnitPath) {

        static Entry of(Transition t) {
            return new Entry(t.action(), t.from(), t.to(), t.reason(), t.by(), t.at(), t.sequence(), t.eventType(),
                    t.eventId(), t.causedByEventId(), t.previousUnitPath());
        }

        Transition toTransition() {
            return new Transition(action, from, to, reason, by, at, sequence, eventType, eventId, causedByEventId,
                    previousUnitPath);
        }
    }

    static ModelDocument of(Model model) {
        ModelDetails d = model.details();
        return new ModelDocument(model.id(), d.year(), d.unitCode(), model.unitPath(), d.level(), d.field(),
                d.ownerType(), d.kind(), model.status(), d.name(), d.address(), d.content(), d.ownerName(),
                d.personInCharge(), d.startDate(), d.endDate(), d.campaignId(), d.replicatedFrom(),
                model.searchText(), model.createdAt(), model.updatedAt(), model.version(),
                model.history().stream().map(Entry::of).toList(), d.ownerPersonId());
    }

    Model toModel() {
        ModelDetails details = new ModelDetails(year, unitCode, level, field, ownerType, kind, name, address, content,
                ownerName, personInCharge, startDate, endDate, campaignId, replicatedFrom, ownerPersonId);
        return new Model(id, details, unitPath, status, createdAt, updatedAt, version,
                history == null ? List.of() : history.stream().map(Entry::toTransition).toList());
    }
}
