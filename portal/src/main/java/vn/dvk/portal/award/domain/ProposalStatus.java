package vn.dvk.portal.award.domain;

import java.util.Arrays;

/** Where a proposal stands, as award-service names it, with the words the pages use for it. */
public enum ProposalStatus {
    DRAFT("Đang lập hồ sơ"),
    SUBMITTED("Đã trình Hội đồng"),
    RETURNED("Trả lại để bổ sung hồ sơ"),
    GRANTED("Được khen thưởng"),
    DECLINED("Không khen thưởng");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label of a status code; a code this portal does not know yet is shown as it is. */
    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(status -> status.name().equals(code)).map(ProposalStatus::label)
                .findFirst().orElse(code == null ? "" : code);
    }
}
