package vn.dvk.localstack.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import vn.dvk.localstack.kafka.KafkaAccess;
import vn.dvk.localstack.kafka.KafkaCredentials;

/**
 * The stack's passwords, one file each in a directory outside the repository ({@code .dvk/secrets/}, its owner's
 * only): generated once and kept, so that the broker's users, the services and the tools agree across
 * restarts, backups and restores. {@code kafka-<principal>} are the broker's principals ({@link KafkaAccess});
 * {@code mongo-root} and {@code mongo-<service>} the store's users of docker-compose, whose files it mounts as secrets.
 */
public final class StackSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    public StackSecrets(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    public Path directory() {
        return directory;
    }

    /** The file of a Kafka principal's password. */
    public Path kafkaFile(String principal) {
        return directory.resolve("kafka-" + principal);
    }

    /** The Kafka principal's name and password. */
    public KafkaCredentials credentials(String principal) {
        return new KafkaCredentials(principal, password(kafkaFile(principal).getFileName().toString()));
    }

    /** The password kept in the file {@code name}, or a new one written there now. */
    public String password(String name) {
        Path file = directory.resolve(name);
        try {
            if (!Files.isRegularFile(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the password " + file, e);
        }
    }

    /**
     * Writes the administrator's client settings for Kafka's command-line tools ({@code --command-config},
     * {@code --consumer.config}) and returns the file.
     */
    public Path adminClientConfig() {
        Path file = directory.resolve("kafka-admin.properties");
        StringBuilder text = new StringBuilder("# Written by ./dvk from kafka-" + KafkaAccess.ADMIN + "\n");
        credentials(KafkaAccess.ADMIN).clientProperties(KafkaCredentials.PLAIN).forEach((key, value) ->
                text.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n'));
        try {
            writeOwnerOnly(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** Every Kafka principal's password exists once this returns. */
    public void ensureKafka() {
        KafkaAccess.principals().forEach(this::credentials);
    }

    /**
     * Every password docker-compose mounts exists once this returns: the Kafka principals' (MirrorMaker's too, for
     * the district profile), the store's administrator's ({@code mongo-root}) and each service's store user's
     * ({@code mongo-<service>}).
     */
    public void ensureCompose() {
        ensureKafka();
        credentials(KafkaAccess.MIRROR_MAKER);
        password("mongo-root");
        KafkaAccess.SERVICES.forEach(service -> password("mongo-" + service.principal()));
    }

    private void create(Path file) throws IOException {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        // Readable by any user inside the owner-only directory: the host's other users cannot reach it, and
        // docker-compose bind-mounts the file alone, keeping its mode, into containers that run as their own user.
        write(partial, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n", "rw-r--r--");
        try {
            Files.move(partial, file);
        } catch (FileAlreadyExistsException anotherWriterWon) {
            Files.delete(partial);
        }
    }

    /** (Re)writes a file readable and writable by its owner alone where the file system has POSIX permissions. */
    public static void writeOwnerOnly(Path file, String text) throws IOException {
        write(file, text, "rw-------");
    }

    private static void write(Path file, String text, String permissions) throws IOException {
        ownerOnlyDirectory(file.getParent());
        Files.deleteIfExists(file);
        if (isPosix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void ownerOnlyDirectory(Path directory) throws IOException {
        if (!isPosix(directory)) {
            Files.createDirectories(directory);
        } else if (Files.isDirectory(directory)) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
