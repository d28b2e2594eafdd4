package vn.dvk.award.person.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.award.person.application.PersonService;
import vn.dvk.award.person.domain.Person;
import vn.dvk.award.person.domain.PersonDetails;
import vn.dvk.award.person.domain.PersonPage;
import vn.dvk.award.person.domain.PersonQuery;
import vn.dvk.award.shared.adapter.Pages;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.web.Versions;

/** The person registry: {@code /api/v1/people}. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "Người / People", description = "Sổ người: cá nhân được xếp loại, được tặng danh hiệu, đề nghị khen thưởng")
public class PersonController {

    private final PersonService people;

    public PersonController(PersonService people) {
        this.people = people;
    }

    /** Body of a registration or correction; no national ID number is accepted or stored. */
    public record PersonRequest(@NotBlank @Size(max = PersonDetails.NAME_MAX) String fullName, LocalDate dateOfBirth,
                                @NotBlank @Size(max = 50) String unitCode,
                                @Size(max = PersonDetails.TEXT_MAX) String position,
                                @Size(max = PersonDetails.TEXT_MAX) String household) {
        PersonDetails toDetails() {
            return new PersonDetails(fullName, dateOfBirth, unitCode, position, household);
        }
    }

    /** A person as the API shows it. */
    public record PersonResponse(String id, String fullName, LocalDate dateOfBirth, String unitCode, String unitPath,
                                 String position, String household, long version, Instant createdAt,
                                 Instant updatedAt) {
        static PersonResponse of(Person p) {
            return new PersonResponse(p.id(), p.fullName(), p.details().dateOfBirth(), p.unitCode(), p.unitPath(),
                    p.details().position(), p.details().household(), p.version(), p.createdAt(), p.updatedAt());
        }
    }

    /** One page of persons. */
    public record PageResponse(List<PersonResponse> items, int page, int size, long total) {
    }

    @PostMapping
    @Operation(summary = "Thêm người vào sổ / Register a person",
            description = "Họ tên, ngày sinh, đơn vị, chức vụ, tên hộ gia đình như sổ danh hiệu ghi; không lưu số"
                    + " định danh cá nhân. 400 dữ liệu sai, 403 ngoài phạm vi, 422 đơn vị không có.")
    public ResponseEntity<PersonResponse> register(@Valid @RequestBody PersonRequest request, Caller caller) {
        Person person = people.register(request.toDetails(), caller.signature());
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id()))
                .eTag(Versions.etag(person.version())).body(PersonResponse.of(person));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem một người / Get a person")
    public ResponseEntity<PersonResponse> get(@PathVariable String id) {
        Person person = people.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(person.version())).body(PersonResponse.of(person));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa thông tin người / Correct a person", description = "Bắt buộc If-Match: <version>.")
    public ResponseEntity<PersonResponse> correct(@PathVariable String id, @Valid @RequestBody PersonRequest request,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Caller caller) {
        Person person = people.correct(id, Versions.required(ifMatch), request.toDetails(), caller.signature());
        return ResponseEntity.ok().eTag(Versions.etag(person.version())).body(PersonResponse.of(person));
    }

    @GetMapping
    @Operation(summary = "Danh sách người / List people",
            description = "unit: đơn vị và toàn bộ cấp dưới; q: tìm theo họ tên, không phân biệt dấu và chữ hoa.")
    public PageResponse list(@RequestedUnit UnitSelection unit, @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        Pages.check(page, size, q);
        PersonPage result = people.list(new PersonQuery(unit.path(), q, page, size));
        return new PageResponse(result.items().stream().map(PersonResponse::of).toList(), result.page(),
                result.size(), result.total());
    }
}
