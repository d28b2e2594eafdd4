package vn.dvk.platform.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * How a service logs in to MongoDB: as {@code DVK_MONGO_USERNAME}, a user of its own database
 * ({@code dvk_<service>}), with {@code DVK_MONGO_PASSWORD} or the file {@code DVK_MONGO_PASSWORD_FILE}; both go into
 * the connection string of {@code DVK_MONGO_URI}, so that the address and the secret are kept apart. Without a
 * username the store is used as it is given (the embedded store of {@code ./dvk} and of the tests has no users).
 */
final class StoreLogin {

    private StoreLogin() {
    }

    /** {@code spring.mongodb.uri} with the credentials; empty when no username is set. */
    static Map<String, Object> properties(PropertyResolver environment) {
        String username = environment.getProperty("dvk.mongo.username", "").strip();
        if (username.isEmpty()) {
            return Map.of();
        }
        String password = Secret.password(environment, "mongo", "DVK_MONGO", username);
        String uri = environment.getProperty("dvk.mongo.uri", "mongodb://127.0.0.1:27017");
        String database = "dvk_" + environment.getProperty("spring.application.name", "");
        return Map.of("spring.mongodb.uri", withCredentials(uri, username, password, database));
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
