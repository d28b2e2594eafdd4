package vn.dvk.localstack.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvk.localstack.store.DamagedStoreException;
import vn.dvk.localstack.store.FileChecksum;
import vn.dvk.localstack.store.StoreFileCheck;
import vn.dvk.localstack.store.StoreState;

/**
 * Backs up and restores the embedded stack's data: the store file with its state file, and Kafka's data directory,
 * which belong together (the store's outboxes and the services' processed events refer to what is in the topics).
 *
 * <p>Both need the stack stopped: Kafka cannot be copied consistently while it runs, and a copy of the store taken
 * at another instant than Kafka's would not match it. A running stack is recognised by its ports answering or by
 * the store's or Kafka's lock on their files, and refused.
 *
 * <p>A backup is a folder named after the time it was made ({@code 2026-11-30T14-05-00}) holding {@code mongo/},
 * {@code kafka/data/} and {@link BackupManifest manifest.txt} with every file's size and SHA-256; the copy is read
 * back and checked against the manifest before the backup is reported done. A restore checks the folder against its
 * manifest first, moves the current data into a backup folder of its own ({@code <time>-before-restore}, so that a
 * restore can be undone) and then puts the backup's files in place.
 */
public final class StackBackup {

    private static final Logger log = LoggerFactory.getLogger(StackBackup.class);
    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");
    private static final String STORE_FOLDER = "mongo/";
    private static final String KAFKA_FOLDER = "kafka/data/";
    private static final String KAFKA_LOCK = ".lock";

    private final Path storeFile;
    private final Path kafkaData;
    private final List<InetSocketAddress> stackAddresses;
    private final Clock clock;

    public StackBackup(Path storeFile, Path kafkaData, List<InetSocketAddress> stackAddresses, Clock clock) {
        this.storeFile = storeFile.toAbsolutePath().normalize();
        this.kafkaData = kafkaData.toAbsolutePath().normalize();
        this.stackAddresses = List.copyOf(stackAddresses);
        this.clock = clock;
    }

    /**
     * The stack {@code ./dvk} runs from {@code dvkHome} ({@code .dvk}): its files, and the addresses that answer while
     * it runs.
     */
    public static StackBackup of(Path dvkHome, List<InetSocketAddress> stackAddresses) {
        return new StackBackup(dvkHome.resolve("mongo/dvk.mv"), dvkHome.resolve("kafka/data"), stackAddresses,
                Clock.systemDefaultZone());
    }

    /**
     * Copies the stopped stack's data into a new dated folder under {@code backups}.
     *
     * @return the folder
     * @throws BackupRefusedException when the stack runs, its data is missing, or the store file is damaged
     */
    public Path backup(Path backups) {
        requireStopped();
        requireData();
        try {
            StoreFileCheck.verify(storeFile, StoreState.of(storeFile));
        } catch (DamagedStoreException e) {
            throw new BackupRefusedException("no backup was made, because the store's file is damaged and a copy of"
                    + " it would not restore anything: " + e.getMessage());
        }
        Path folder = newFolder(backups, "");
        BackupManifest manifest = capture(folder, "dvk backup made " + clock.instant(), false);
        manifest.verify(folder);
        log.info("backup of {} and {} written to {} ({} files)", storeFile, kafkaData, folder,
                manifest.entries().size());
        return folder;
    }

    /**
     * Replaces the stopped stack's data with a backup, after checking the backup against its manifest.
     *
     * @return the folder the replaced data was moved to, or null when there was none
     * @throws BackupRefusedException when the stack runs or the folder is not an intact backup
     */
    public Path restore(Path folder) {
        Path backup = folder.toAbsolutePath().normalize();
        requireStopped();
        BackupManifest manifest = BackupManifest.read(backup);
        List<String> paths = manifest.entries().stream().map(BackupManifest.Entry::path).toList();
        if (!paths.contains(STORE_FOLDER + storeFile.getFileName())
                || paths.stream().noneMatch(path -> path.startsWith(KAFKA_FOLDER))) {
            throw new BackupRefusedException(backup + " is not a backup of this stack: its manifest lists no "
                    + STORE_FOLDER + storeFile.getFileName() + " or no " + KAFKA_FOLDER + " files");
        }
        manifest.verify(backup);

        Path replaced = null;
        if (Files.exists(storeFile) || Files.exists(kafkaData)) {
            replaced = newFolder(backup.getParent(), "-before-restore");
            capture(replaced, "the data a restore of " + backup + " replaced, " + clock.instant(), true);
        }
        for (BackupManifest.Entry entry : manifest.entries()) {
            Path target = targetOf(entry.path());
            copy(BackupManifest.resolve(backup, entry.path()), target);
        }
        BackupManifest.Entry mismatch = manifest.entries().stream()
                .filter(entry -> !matches(targetOf(entry.path()), entry)).findFirst().orElse(null);
        if (mismatch != null) {
            throw new BackupRefusedException("the restored " + targetOf(mismatch.path()) + " does not match the"
                    + " backup (disk full or failing?); the replaced data is in " + replaced);
        }
        log.info("restored {} into {} and {}{}", backup, storeFile, kafkaData,
                replaced == null ? "" : "; the data it replaced is in " + replaced);
        return replaced;
    }

    private void requireStopped() {
        for (InetSocketAddress address : stackAddresses) {
            try (Socket socket = new Socket()) {
                socket.connect(address, 300);
                throw new BackupRefusedException("the stack is running (" + address.getHostString() + ":"
                        + address.getPort() + " answers): stop it first with ./dvk stop");
            } catch (IOException closed) {
                // Nothing listens there: as it should be.
            }
        }
        for (Path locked : List.of(storeFile, kafkaData.resolve(KAFKA_LOCK))) {
            if (Files.exists(locked) && isLocked(locked)) {
                throw new BackupRefusedException(locked + " is locked by a running process (the store or Kafka):"
                        + " stop the stack first with ./dvk stop");
            }
        }
    }

    private void requireData() {
        if (!Files.isRegularFile(storeFile)) {
            throw new BackupRefusedException("there is nothing to back up: " + storeFile + " does not exist");
        }
        if (!Files.isDirectory(kafkaData)) {
            throw new BackupRefusedException("there is nothing to back up: " + kafkaData + " does not exist");
        }
    }

    private static boolean isLocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldByThisProcess) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the lock of " + file, e);
        }
    }

    /** Copies (or moves) the stack's current files into {@code folder} and writes their manifest. */
    private BackupManifest capture(Path folder, String description, boolean move) {
        List<BackupManifest.Entry> entries = new ArrayList<>();
        Path state = StoreState.pathFor(storeFile);
        for (Path file : Stream.of(storeFile, state).filter(Files::exists).toList()) {
            entries.add(transfer(file, folder, STORE_FOLDER + file.getFileName(), move));
        }
        if (Files.isDirectory(kafkaData)) {
            try (Stream<Path> files = Files.walk(kafkaData)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (!file.getFileName().toString().equals(KAFKA_LOCK)) {
                        String relative = kafkaData.relativize(file).toString().replace('\\', '/');
                        entries.add(transfer(file, folder, KAFKA_FOLDER + relative, move));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + kafkaData, e);
            }
            if (move) {
                deleteTree(kafkaData);
            }
        }
        BackupManifest manifest = new BackupManifest(description, entries);
        manifest.write(folder);
        return manifest;
    }

    private static BackupManifest.Entry transfer(Path source, Path folder, String relative, boolean move) {
        Path target = BackupManifest.resolve(folder, relative);
        try {
            if (move) {
                Files.createDirectories(target.getParent());
                Files.move(source, target);
            } else {
                copy(source, target);
            }
            return new BackupManifest.Entry(FileChecksum.sha256(target), Files.size(target), relative);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put " + source + " into " + folder, e);
        }
    }

    /** Copies a file and forces it to disk, so that a backup survives a power cut right after it. */
    private static void copy(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel written = FileChannel.open(target, StandardOpenOption.WRITE)) {
                written.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    private Path targetOf(String path) {
        if (path.startsWith(STORE_FOLDER)) {
            return BackupManifest.resolve(storeFile.getParent(), path.substring(STORE_FOLDER.length()));
        }
        if (path.startsWith(KAFKA_FOLDER)) {
            return BackupManifest.resolve(kafkaData, path.substring(KAFKA_FOLDER.length()));
        }
        throw new BackupRefusedException("the manifest names a file that is neither the store's nor Kafka's: " + path);
    }

    private static boolean matches(Path file, BackupManifest.Entry entry) {
        try {
            return Files.size(file) == entry.size() && FileChecksum.sha256(file).equals(entry.sha256());
        } catch (IOException e) {
            return false;
        }
    }

    private Path newFolder(Path backups, String suffix) {
        String name = FOLDER_NAME.format(clock.instant().atZone(clock.getZone())) + suffix;
        try {
            Files.createDirectories(backups);
            for (int attempt = 1; ; attempt++) {
                Path folder = backups.resolve(attempt == 1 ? name : name + "-" + attempt);
                try {
                    return Files.createDirectory(folder);
                } catch (FileAlreadyExistsException taken) {
                    // Two backups in the same second: number the second one.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder in " + backups, e);
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + directory, e);
        }
    }

    /**
     * What {@code ./dvk backup} and {@code ./dvk restore} run, in a JVM of their own (the launcher has only the JDK):
     * {@code backup <dvk-home> <backups> <host:port>...} or {@code restore <dvk-home> <folder> <host:port>...}, the
     * addresses being those of the stack's components. Exit status 1 when refused, 2 on wrong usage.
     */
    public static void main(String[] args) {
        if (args.length < 3 || !List.of("backup", "restore").contains(args[0])) {
            System.err.println("usage: StackBackup backup|restore <dvk-home> <backups|folder> <host:port>...");
            System.exit(2);
            return;
        }
        boolean backup = args[0].equals("backup");
        List<InetSocketAddress> addresses = Stream.of(args).skip(3).map(address -> new InetSocketAddress(
                address.substring(0, address.lastIndexOf(':')),
                Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)))).toList();
        StackBackup stack = StackBackup.of(Path.of(args[1]), addresses);
        Path folder = Path.of(args[2]);
        try {
            if (backup) {
                System.out.println("backup written to " + stack.backup(folder));
            } else {
                Path replaced = stack.restore(folder);
                System.out.println("restored " + folder + (replaced == null ? ""
                        : "; the data it replaced was moved to " + replaced));
            }
        } catch (BackupRefusedException e) {
            System.err.println(args[0] + " refused: " + e.getMessage());
            System.exit(1);
        }
    }
}
