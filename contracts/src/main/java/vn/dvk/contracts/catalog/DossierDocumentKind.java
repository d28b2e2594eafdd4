package vn.dvk.contracts.catalog;

/** The three documents of a proposal's dossier (seed 000 §III.3). */
public enum DossierDocumentKind implements CodeLabel {
    PROPOSAL_LETTER("Tờ trình đề nghị khen thưởng"),
    COUNCIL_MINUTES("Biên bản họp Hội đồng Thi đua – Khen thưởng"),
    ACHIEVEMENT_REPORT("Báo cáo thành tích");

    private final String label;

    DossierDocumentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
