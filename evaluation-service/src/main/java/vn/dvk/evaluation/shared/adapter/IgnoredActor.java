package vn.dvk.evaluation.shared.adapter;

/**
 * Who acted is always the official of the access token. Request bodies of older clients still carry a name for it
 * ({@code reviewer}, {@code evaluatedBy}, {@code filedBy}, {@code recordedBy}, {@code publishedBy},
 * {@code updatedBy}); it is accepted, so that they are not refused, and never stored.
 */
public final class IgnoredActor {

    /** How the OpenAPI describes such a field. */
    public static final String DESCRIPTION = "Bỏ qua: người thực hiện là cán bộ của mã truy cập. / Ignored: who acted"
            + " is the official named by the access token.";

    private IgnoredActor() {
    }
}
