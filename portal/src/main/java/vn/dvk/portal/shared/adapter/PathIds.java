package vn.dvk.portal.shared.adapter;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The shape of a service's record id (a proposal, a notice) in the portal's addresses. Anything else names no record
 * (404) and is never put into a service's path, where a "/", "?" or "{" could change which endpoint is called.
 */
public final class PathIds {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    /** A key evaluation-service composes of ids ({@code <planId>:<targetId>}, {@code <modelId>:year-end:2022}). */
    private static final Pattern COMPOSED_KEY = Pattern.compile("[A-Za-z0-9_:-]{1,200}");
    /** identity-service's logins: lower case, digits and "._-", never starting with a dot. */
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private PathIds() {
    }

    public static String checked(String id) {
        if (id == null || !SHAPE.matcher(id).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return id;
    }

    /** A composed record key, checked as {@link #checked} checks an id. */
    public static String composedKey(String key) {
        if (key == null || !COMPOSED_KEY.matcher(key).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return key;
    }

    /** An official's login in an address ({@code /admin/officials/longphieng.canbo}). */
    public static String login(String login) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return login;
    }
}
