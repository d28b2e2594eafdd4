package vn.dvk.evaluation.deadline.adapter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import vn.dvk.evaluation.EvaluationProperties;
import vn.dvk.evaluation.deadline.application.ReminderService;

/** Sends the deadline reminders that fall due on a fixed interval ({@code dvk.evaluation.reminders.*}). */
@Component
public class ReminderJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;
    private final EvaluationProperties.Reminders settings;

    public ReminderJob(ReminderService reminders, EvaluationProperties properties) {
        this.reminders = reminders;
        this.settings = properties.reminders();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::run, settings.checkInterval(),
                settings.checkInitialDelay()));
    }

    void run() {
        try {
            reminders.sendDue();
        } catch (RuntimeException e) {
            // the next run retries; a failing store must not stop the scheduler thread
            log.warn("deadline reminder run failed: {}", e.toString());
        }
    }
}
