package vn.dvk.reporting.rebuild.domain;

import java.util.Map;
import java.util.stream.Collectors;
import vn.dvk.platform.domain.Rejection;

/**
 * A rebuild was asked for while some projected partition no longer starts at offset 0: the broker deleted its oldest
 * events, so a fold would build read models that miss them (ADR 0023). The request may accept it explicitly.
 */
public final class TruncatedHistory extends Rejection.Conflict {

    private final Map<HistoryPartition, Long> earliest;

    public TruncatedHistory(Map<HistoryPartition, Long> earliest) {
        super("history-truncated", "allowTruncatedHistory", "Lịch sử sự kiện không còn đầy đủ từ đầu ở "
                + earliest.entrySet().stream().map(entry -> entry.getKey() + " (bắt đầu từ vị trí "
                        + entry.getValue() + ")").sorted().collect(Collectors.joining(", "))
                + "; dựng lại sẽ thiếu các sự kiện đã bị xóa. Nếu vẫn muốn dựng lại, hãy gửi lại yêu cầu với "
                + "allowTruncatedHistory=true.");
        this.earliest = Map.copyOf(earliest);
    }

    /** The partitions that do not start at 0, with the offset they start at. */
    public Map<HistoryPartition, Long> earliest() {
        return earliest;
    }
}
