package vn.dvk.evaluation.shared.domain;

/** Text as officials type it: trimmed, and blank meaning absent. */
public final class Texts {

    private Texts() {
    }

    public static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
