package vn.dvk.platform.scope;

import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/** "A unit and everything below it" as a store query on a document's unit path. */
public final class Subtree {

    private Subtree() {
    }

    /**
     * Documents whose {@code field} holds the unit path {@code path} or a path below it; for the national root (empty
     * path) every document that has a unit path. The pattern is anchored, so a store with an index on the field
     * uses it.
     */
    public static Criteria of(String field, String path) {
        if (path == null || path.isEmpty()) {
            return Criteria.where(field).exists(true);
        }
        return Criteria.where(field).regex("^" + Pattern.quote(path) + "(/|$)");
    }
}
