package vn.dvk.localstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local broker's passwords, one file per principal ({@code kafka-<principal>}) in a directory outside the
 * repository ({@code .dvk/secrets/}): generated once, readable by their owner only, and kept, so that the broker's
 * users, the services and the tools agree across restarts, backups and restores.
 */
public final class KafkaPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    public KafkaPasswords(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    public Path directory() {
        return directory;
    }

    public Path file(String principal) {
        return directory.resolve("kafka-" + principal);
    }

    /** The principal's password: the one kept in its file, or a new one written there now. */
    public KafkaCredentials credentials(String principal) {
        Path file = file(principal);
        try {
            if (!Files.isRegularFile(file)) {
                create(file);
            }
            return new KafkaCredentials(principal, Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the Kafka password " + file, e);
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
                text.append(key).append('=').append(KafkaBroker.propertiesValue(value)).append('\n'));
        try {
            writeOwnerOnly(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** Every principal's password exists once this returns. */
    public void ensureAll() {
        KafkaAccess.principals().forEach(this::credentials);
    }

    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        writeOwnerOnly(partial, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n");
        try {
            Files.move(partial, file);
        } catch (FileAlreadyExistsException anotherWriterWon) {
            Files.delete(partial);
        }
    }

    /** (Re)writes a file readable and writable by its owner alone where the file system has POSIX permissions. */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix && !Files.isDirectory(file.getParent())) {
            Files.createDirectories(file.getParent(),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
