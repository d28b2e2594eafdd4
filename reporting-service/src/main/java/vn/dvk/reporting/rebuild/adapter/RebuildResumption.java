package vn.dvk.reporting.rebuild.adapter;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.rebuild.application.RebuildService;

/** Once the service is ready, a rebuild that a stopped service left unfinished goes on from its saved positions. */
@Component
class RebuildResumption {

    private final RebuildService rebuild;

    RebuildResumption(RebuildService rebuild) {
        this.rebuild = rebuild;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        rebuild.resumeUnfinished();
    }
}
