package vn.dvk.identity.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import vn.dvk.identity.official.application.Passwords;

/**
 * The one password of every demo account, kept in a file ({@code DVK_DEMO_PASSWORD_FILE}, default
 * {@code ./.dvk/demo-password}) so that the launcher can print it and {@code ./dvk token} can use it. A missing file
 * gets a fresh random password; the file is readable by its owner only where the file system allows it.
 */
public final class DemoPassword {

    private DemoPassword() {
    }

    public static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException("the demo password file " + file + " is empty");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("the demo password file " + file + " cannot be read or written", e);
        }
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the file inherits its folder's access rules.
        }
        Files.writeString(file, Passwords.generate() + System.lineSeparator(), StandardCharsets.UTF_8);
    }
}
