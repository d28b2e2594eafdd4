package vn.dvk.evaluation.selfassessment.adapter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dvk.evaluation.selfassessment.application.SelfAssessmentService;

/** Looks for overdue self-assessments on a fixed interval ({@code dvk.evaluation.self-assessment.*}). */
@Component
public class OverdueJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final SelfAssessmentService selfAssessments;

    public OverdueJob(SelfAssessmentService selfAssessments) {
        this.selfAssessments = selfAssessments;
    }

    @Scheduled(fixedDelayString = "${dvk.evaluation.self-assessment.overdue-check-interval:PT1H}",
            initialDelayString = "${dvk.evaluation.self-assessment.overdue-check-initial-delay:PT1M}")
    public void run() {
        try {
            selfAssessments.publishOverdue();
        } catch (RuntimeException e) {
            // the next run retries; a failing store must not stop the scheduler thread
            log.warn("overdue self-assessment check failed: {}", e.toString());
        }
    }
}
