package vn.dvk.platform.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/** "A unit and everything below it", and "the units above it", as store queries on a document's unit path. */
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

    /**
     * Documents whose {@code field} holds the unit path {@code path} or the path of one of its ancestors, up to the
     * national root (empty path): what units above issued for a subtree that contains the unit, such as a level's
     * settings for a campaign.
     */
    public static Criteria atOrAbove(String field, String path) {
        List<String> paths = new ArrayList<>(List.of(""));
        if (path != null && !path.isEmpty()) {
            String[] codes = path.split("/");
            StringBuilder prefix = new StringBuilder();
            for (String code : codes) {
                prefix.append(prefix.isEmpty() ? "" : "/").append(code);
                paths.add(prefix.toString());
            }
        }
        return Criteria.where(field).in(paths);
    }
}
