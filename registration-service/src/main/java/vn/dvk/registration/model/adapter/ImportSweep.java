package vn.dvk.registration.model.adapter;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import vn.dvk.platform.config.DvkProperties;
import vn.dvk.registration.model.application.ModelImport;

/**
 * Finishes the imports whose run stopped half-way and that no retry finished. An import still unfinished after the
 * {@code Idempotency-Key} lease is taken to have stopped, as its key is: finishing it while its first run is in fact
 * still going stores nothing twice.
 */
@Configuration
class ImportSweep {

    private static final Logger log = LoggerFactory.getLogger(ImportSweep.class);

    @Bean
    SchedulingConfigurer unfinishedImportsSweep(ModelImport modelImport, DvkProperties properties, Clock clock) {
        Duration lease = properties.idempotency().lease();
        return registrar -> registrar.addFixedDelayTask(() -> {
            int finished = modelImport.finishUnfinished(clock.instant().minus(lease));
            if (finished > 0) {
                log.info("finished {} imports whose run had stopped half-way", finished);
            }
        }, lease);
    }
}
