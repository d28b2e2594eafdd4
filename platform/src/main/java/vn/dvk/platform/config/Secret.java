package vn.dvk.platform.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.env.PropertyResolver;

/**
 * A password given to a service in the environment ({@code DVK_X_PASSWORD}) or, better, in a file it names
 * ({@code DVK_X_PASSWORD_FILE}: a mounted secret, or {@code .dvk/secrets/} of {@code ./dvk}); never in the repository.
 */
final class Secret {

    private Secret() {
    }

    /**
     * The password of {@code dvk.<prefix>.password} or the file of {@code dvk.<prefix>.password-file}, required once a
     * username is set.
     *
     * @param variable the environment variable's stem for messages, e.g. {@code DVK_KAFKA}
     */
    static String password(PropertyResolver environment, String prefix, String variable, String username) {
        String password = environment.getProperty("dvk." + prefix + ".password", "");
        if (!password.isEmpty()) {
            return password;
        }
        String file = environment.getProperty("dvk." + prefix + ".password-file", "").strip();
        if (file.isEmpty()) {
            throw new IllegalStateException(variable + "_USERNAME is " + username + " but neither " + variable
                    + "_PASSWORD nor " + variable + "_PASSWORD_FILE is set");
        }
        String fromFile;
        try {
            fromFile = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the password file " + file + " (" + variable
                    + "_PASSWORD_FILE): " + e.getMessage(), e);
        }
        if (fromFile.isEmpty()) {
            throw new IllegalStateException("the password file " + file + " (" + variable
                    + "_PASSWORD_FILE) is empty");
        }
        return fromFile;
    }
}
