package vn.dvk.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dvk.platform.access.AccessRules;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.Subtree;
import vn.dvk.platform.scope.UnitSelection;

/** Records of units under the API, for the platform's access tests: clerks write, every official reads. */
@RestController
class RecordController {

    record RecordRequest(@NotBlank String unitCode, @NotBlank String text, String recordedBy) {
    }

    private final MongoTemplate mongo;
    private final InstanceScope scope;

    RecordController(MongoTemplate mongo, InstanceScope scope) {
        this.mongo = mongo;
        this.scope = scope;
    }

    /** The body's {@code recordedBy} is ignored on purpose: who recorded it comes from the token. */
    @PostMapping("/api/v1/records")
    ResponseEntity<RecordDocument> create(@Valid @RequestBody RecordRequest request, Caller caller) {
        scope.requireWritable("unitCode", request.unitCode());
        String id = ResourceIds.next();
        RecordDocument record = new RecordDocument(id, scope.pathOf(request.unitCode()), request.text(),
                caller.signature());
        mongo.insert(record);
        return ResponseEntity.created(URI.create("/api/v1/records/" + id)).body(record);
    }

    /** A sheet of records as an upload, for the tests of malformed multipart bodies. */
    @PostMapping(path = "/api/v1/records/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Long> importSheet(@RequestPart("file") MultipartFile file) {
        return ResponseEntity.ok(file.getSize());
    }

    @GetMapping("/api/v1/records/{id}")
    RecordDocument get(@PathVariable String id) {
        RecordDocument record = mongo.findById(id, RecordDocument.class);
        if (record == null) {
            throw Rejection.notFound("bản ghi", id);
        }
        return record;
    }

    @GetMapping("/api/v1/records")
    List<RecordDocument> list(@RequestedUnit UnitSelection unit) {
        return mongo.find(new Query(Subtree.of("unitPath", unit.path())), RecordDocument.class);
    }

    @Configuration(proxyBeanMethods = false)
    static class Rules {
        @Bean
        AccessRules recordRules() {
            return endpoints -> endpoints.requestMatchers(HttpMethod.POST, "/api/v1/records", "/api/v1/records/import")
                    .hasRole(Role.UNIT_CLERK.name());
        }
    }
}
