package vn.dvk.reporting.projection.adapter;

import org.springframework.data.mongodb.core.query.Criteria;

/** A unit and its subtree as a query on an indexed path field: the path itself or anything below it. */
public final class PathQueries {

    private PathQueries() {
    }

    /** Null for the national root (empty path), which holds everything. */
    public static Criteria subtree(String field, String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        return new Criteria().orOperator(Criteria.where(field).is(path),
                Criteria.where(field).regex("^" + escape(path + "/")));
    }

    static String escape(String literal) {
        StringBuilder escaped = new StringBuilder(literal.length() + 8);
        for (char c : literal.toCharArray()) {
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
