package vn.dvk.identity.official.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import vn.dvk.identity.official.application.OfficialService;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.identity.official.domain.OfficialPage;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.web.Versions;

/**
 * Accounts of officials: {@code /api/v1/officials}. Only for tokens with role ADMIN ({@code IdentityAccessRules}),
 * and only for officials of the administrator's home-unit subtree (others answer 404, as if they did not exist).
 */
@RestController
@RequestMapping("/api/v1/officials")
@Tag(name = "Cán bộ / Officials", description = "Tài khoản cán bộ: đơn vị, vai trò, khóa, mật khẩu")
public class OfficialController {

    private final OfficialService officials;
    private final Clock clock;

    public OfficialController(OfficialService officials, Clock clock) {
        this.officials = officials;
        this.clock = clock;
    }

    /** One page of officials. */
    public record PageResponse(List<OfficialResponse> items, int page, int size, long total) {
    }

    /** A created official; {@code generatedPassword} only when the administrator chose none (shown this once). */
    public record CreatedResponse(OfficialResponse official, String generatedPassword) {
    }

    /** Body of a password reset; without {@code password} one is generated. */
    public record PasswordRequest(@Size(min = Official.MIN_PASSWORD_LENGTH, max = Official.MAX_PASSWORD_LENGTH)
                                  String password) {
    }

    /** The generated password, when one was generated. */
    public record PasswordResponse(String login, String generatedPassword) {
    }

    @GetMapping
    @Operation(summary = "Danh sách cán bộ / List officials",
            description = "unit: đơn vị và toàn bộ cấp dưới (mặc định: đơn vị của quản trị viên); ngoài phạm vi → 403.")
    public PageResponse list(@RequestParam(required = false) String unit,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw Rejection.invalid("page", "phải lớn hơn hoặc bằng 0");
        }
        if (size < 1 || size > 200) {
            throw Rejection.invalid("size", "phải từ 1 đến 200");
        }
        OfficialPage result = officials.list(unit, page, size);
        return new PageResponse(result.items().stream().map(o -> OfficialResponse.of(o, clock.instant())).toList(),
                result.page(), result.size(), result.total());
    }

    @GetMapping("/{login}")
    @Operation(summary = "Xem tài khoản cán bộ / Get an official")
    public ResponseEntity<OfficialResponse> get(@PathVariable String login) {
        Official official = officials.get(login);
        return ResponseEntity.ok().eTag(Versions.etag(official.version()))
                .body(OfficialResponse.of(official, clock.instant()));
    }

    @PostMapping
    @Operation(summary = "Tạo tài khoản cán bộ / Create an official",
            description = "Không gửi password → hệ thống sinh mật khẩu và trả về một lần duy nhất. 400 dữ liệu sai,"
                    + " 403 đơn vị ngoài phạm vi, 409 tên đăng nhập đã dùng, 422 đơn vị không có.")
    public ResponseEntity<CreatedResponse> create(Caller caller,
                                                  @Valid @RequestBody OfficialRequest request) {
        OfficialService.Created created = officials.create(caller, request.login(), request.profile(),
                request.password());
        Official official = created.official();
        return ResponseEntity.created(URI.create("/api/v1/officials/" + official.login()))
                .eTag(Versions.etag(official.version()))
                .body(new CreatedResponse(OfficialResponse.of(official, clock.instant()),
                        created.generatedPassword()));
    }

    @PutMapping("/{login}")
    @Operation(summary = "Sửa tài khoản cán bộ / Update an official",
            description = "Họ tên, thư điện tử, đơn vị, vai trò, kích hoạt. Bắt buộc If-Match: <version>.")
    public ResponseEntity<OfficialResponse> update(Caller caller, @PathVariable String login,
            @Valid @RequestBody ProfileRequest request,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        Official official = officials.update(caller, login, Versions.required(ifMatch),
                request.profile());
        return ResponseEntity.ok().eTag(Versions.etag(official.version()))
                .body(OfficialResponse.of(official, clock.instant()));
    }

    @PostMapping("/{login}/password")
    @Operation(summary = "Đặt lại mật khẩu / Reset a password",
            description = "Không gửi password → hệ thống sinh mật khẩu và trả về một lần. Đồng thời mở khóa tài khoản.")
    public PasswordResponse resetPassword(Caller caller, @PathVariable String login,
                                          @Valid @RequestBody(required = false) PasswordRequest request) {
        Optional<String> generated = officials.resetPassword(caller, login,
                request == null ? null : request.password());
        return new PasswordResponse(login, generated.orElse(null));
    }
}
