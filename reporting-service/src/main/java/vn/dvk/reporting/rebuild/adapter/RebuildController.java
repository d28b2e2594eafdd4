package vn.dvk.reporting.rebuild.adapter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.reporting.rebuild.application.RebuildService;
import vn.dvk.reporting.rebuild.domain.RebuildProgress;

/**
 * {@code POST /api/v1/admin/rebuild} starts a fold of every topic into a new generation of the read models
 * ({@code ?allowTruncatedHistory=true} accepts topics the broker no longer keeps from offset 0); {@code GET} shows its
 * progress.
 */
@RestController
public class RebuildController {

    private final RebuildService rebuild;
    private final InstanceScope scope;

    public RebuildController(RebuildService rebuild, InstanceScope scope) {
        this.rebuild = rebuild;
        this.scope = scope;
    }

    @PostMapping("/api/v1/admin/rebuild")
    public ResponseEntity<RebuildProgress> start(
            @RequestParam(defaultValue = "false") boolean allowTruncatedHistory) {
        // Every read model of the instance is replaced: an administrator of one unit inside it may not do that.
        scope.requireWholeInstance();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.start(allowTruncatedHistory));
    }

    @GetMapping("/api/v1/admin/rebuild")
    public RebuildProgress progress() {
        return rebuild.progress();
    }
}
