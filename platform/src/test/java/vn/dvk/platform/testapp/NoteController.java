package vn.dvk.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;

/** Saves notes through the aggregate store; each save emits a model-registered event named after the note. */
@RestController
class NoteController {

    record NoteRequest(@NotBlank @Size(max = 50) String text, @NotNull String unitCode, LocalDate date) {
    }

    record NoteResponse(String id, long version) {
    }

    private final AggregateStore store;
    private final InstanceScope scope;
    private final MongoTemplate mongo;

    NoteController(AggregateStore store, InstanceScope scope, MongoTemplate mongo) {
        this.store = store;
        this.scope = scope;
        this.mongo = mongo;
    }

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    NoteResponse create(@Valid @RequestBody NoteRequest request) {
        scope.requireWritable("unitCode", request.unitCode());
        String id = ResourceIds.next();
        long version = store.save(new NoteDocument(id, request.unitCode(), request.text(), 1), id, 0,
                List.of(event(id, request, 1, null)));
        return new NoteResponse(id, version);
    }

    @PutMapping("/notes/{id}")
    NoteResponse update(@PathVariable String id, @RequestHeader("If-Match") long version,
                        @Valid @RequestBody NoteRequest request) {
        NoteDocument stored = mongo.findById(id, NoteDocument.class);
        String left = stored == null || stored.unitCode().equals(request.unitCode())
                ? null : scope.pathOf(stored.unitCode());
        long next = store.save(new NoteDocument(id, request.unitCode(), request.text(), version + 1), id, version,
                List.of(event(id, request, version + 1, left)));
        return new NoteResponse(id, next);
    }

    /** The note as a model event; {@code left} is the path of the unit an edit moved it away from. */
    private OutboundEvent<ModelRegistered> event(String id, NoteRequest request, long version, String left) {
        String path = scope.pathOf(request.unitCode());
        ModelSnapshot snapshot = new ModelSnapshot(id, 2022, request.unitCode(), path, ManagementLevel.GRASSROOTS,
                Field.ECONOMY, OwnerType.COLLECTIVE, ModelKind.MODEL, ModelStatus.REGISTERED, request.text(), "-",
                "-", "-", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null, null, version);
        return new OutboundEvent<>(RegistrationEvents.MODEL_REGISTERED, id, path,
                new ModelRegistered(snapshot, "test", Instant.now()), UUID.randomUUID().toString(), left);
    }
}
