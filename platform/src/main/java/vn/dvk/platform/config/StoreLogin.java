package vn.dvk.platform.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.env.PropertyResolver;

/**
 * Which database a service uses and how it logs in to MongoDB. The database is {@code dvk_<service>}, and
 * {@code dvk_<service>_<scope>} when {@code DVK_SCOPE} is set, so that instances of several scopes on one store never
 * share read models or claims ({@code spring.mongodb.database} set by hand wins). It logs in as
 * {@code DVK_MONGO_USERNAME}, a user defined in {@code dvk_<service>} (whatever the scope), with
 * {@code DVK_MONGO_PASSWORD} or the file {@code DVK_MONGO_PASSWORD_FILE}; both go into the connection string of
 * {@code DVK_MONGO_URI}, so that the address and the secret are kept apart. Without a username the store is used as
 * it is given (the embedded store of {@code ./dvk} and of the tests has no users).
 */
final class StoreLogin {

    private static final Pattern NOT_IN_DATABASE_NAMES = Pattern.compile("[^A-Za-z0-9_-]");

    private StoreLogin() {
    }

    /** {@code spring.mongodb.database}: the service's database, of its scope when one is set. */
    static Map<String, Object> database(PropertyResolver environment) {
        String scope = environment.getProperty("dvk.scope", "").strip();
        String database = serviceDatabase(environment)
                + (scope.isEmpty() ? "" : "_" + NOT_IN_DATABASE_NAMES.matcher(scope).replaceAll("_"));
        return Map.of("spring.mongodb.database", database);
    }

    private static String serviceDatabase(PropertyResolver environment) {
        return "dvk_" + environment.getProperty("spring.application.name", "");
    }

    /** {@code spring.mongodb.uri} with the credentials; empty when no username is set. */
    static Map<String, Object> properties(PropertyResolver environment) {
        String username = environment.getProperty("dvk.mongo.username", "").strip();
        if (username.isEmpty()) {
            return Map.of();
        }
        String password = Secret.password(environment, "mongo", "DVK_MONGO", username);
        String uri = environment.getProperty("dvk.mongo.uri", "mongodb://127.0.0.1:27017");
        return Map.of("spring.mongodb.uri", withCredentials(uri, username, password, serviceDatabase(environment)));
    }

    static String withCredentials(String uri, String username, String password, String authSource) {
        int hosts = uri.indexOf("://") + 3;
        if (hosts < 3 || uri.substring(hosts).contains("@")) {
            throw new IllegalStateException("DVK_MONGO_URI must be mongodb://host[:port]/... without credentials"
                    + " when DVK_MONGO_USERNAME is set");
        }
        String withUser = uri.substring(0, hosts) + encoded(username) + ":" + encoded(password) + "@"
                + uri.substring(hosts);
        boolean hasPath = withUser.indexOf('/', withUser.indexOf('@')) >= 0;
        String separator = withUser.contains("?") ? "&" : hasPath ? "?" : "/?";
        return withUser + separator + "authSource=" + encoded(authSource);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
