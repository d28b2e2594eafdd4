package vn.dvk.evaluation.selfassessment.adapter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import vn.dvk.evaluation.EvaluationProperties;
import vn.dvk.evaluation.selfassessment.application.SelfAssessmentService;

/** Looks for overdue self-assessments on a fixed interval ({@code dvk.evaluation.self-assessment.*}). */
@Component
public class OverdueJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final SelfAssessmentService selfAssessments;
    private final EvaluationProperties.SelfAssessment settings;

    public OverdueJob(SelfAssessmentService selfAssessments, EvaluationProperties properties) {
        this.selfAssessments = selfAssessments;
        this.settings = properties.selfAssessment();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::run, settings.overdueCheckInterval(),
                settings.overdueCheckInitialDelay()));
    }

    void run() {
        try {
            selfAssessments.publishOverdue();
        } catch (RuntimeException e) {
            // the next run retries; a failing store must not stop the scheduler thread
            log.warn("overdue self-assessment check failed: {}", e.toString());
        }
    }
}
