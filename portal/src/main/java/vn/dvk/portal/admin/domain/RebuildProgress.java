package vn.dvk.portal.admin.domain;

import java.time.Instant;

/** How far a service's rebuild of its read models from the event log has come. */
public record RebuildProgress(String state, long done, long total, long failed, double eventsPerSecond,
                              Long etaSeconds, Instant startedAt, Instant finishedAt, String error) {

    public boolean running() {
        return "RUNNING".equals(state);
    }

    /** Done out of total, in whole per cent; 0 before the total is known. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public String stateLabel() {
        return switch (state == null ? "" : state) {
            case "IDLE" -> "Chưa chạy";
            case "RUNNING" -> "Đang dựng lại";
            case "DONE" -> "Đã xong";
            case "FAILED" -> "Bị lỗi";
            default -> state == null ? "" : state;
        };
    }
}
