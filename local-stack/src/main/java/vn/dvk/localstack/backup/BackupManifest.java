package vn.dvk.localstack.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.localstack.store.FileChecksum;

/**
 * {@code manifest.txt} of a backup folder: one line per file, {@code <sha256> <size> <path>}, the path relative to
 * the folder with {@code /} as separator, after a comment line saying what the backup holds.
 */
public record BackupManifest(String description, List<Entry> entries) {

    public static final String FILE_NAME = "manifest.txt";

    /** One file of the backup. */
    public record Entry(String sha256, long size, String path) {
    }

    public void write(Path folder) {
        StringBuilder text = new StringBuilder("# ").append(description).append('\n')
                .append("# sha256 size path\n");
        entries.forEach(entry -> text.append(entry.sha256()).append(' ').append(entry.size()).append(' ')
                .append(entry.path()).append('\n'));
        try {
            Files.writeString(folder.resolve(FILE_NAME), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest of " + folder, e);
        }
    }

    /**
     * @throws BackupRefusedException when the folder has no manifest or an unreadable one
     */
    public static BackupManifest read(Path folder) {
        List<String> lines;
        try {
            lines = Files.readAllLines(folder.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BackupRefusedException(folder + " is not a backup: it has no " + FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + folder, e);
        }
        String description = lines.isEmpty() ? "" : lines.get(0).replaceFirst("^# ?", "");
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(" ", 3);
            try {
                if (fields.length != 3 || !fields[0].matches("[0-9a-f]{64}")) {
                    throw new NumberFormatException();
                }
                entries.add(new Entry(fields[0], Long.parseLong(fields[1]), fields[2]));
            } catch (NumberFormatException e) {
                throw new BackupRefusedException("the manifest of " + folder + " has a malformed line: " + line);
            }
        }
        if (entries.isEmpty()) {
            throw new BackupRefusedException("the manifest of " + folder + " lists no files");
        }
        return new BackupManifest(description, List.copyOf(entries));
    }

    /**
     * Checks every listed file of {@code folder} against its size and SHA-256.
     *
     * @throws BackupRefusedException naming the first file that is missing or differs
     */
    public void verify(Path folder) {
        for (Entry entry : entries) {
            Path file = resolve(folder, entry.path());
            try {
                if (!Files.isRegularFile(file)) {
                    throw new BackupRefusedException(file + " is listed in the manifest but missing");
                }
                long size = Files.size(file);
                if (size != entry.size()) {
                    throw new BackupRefusedException(file + " has " + size + " bytes, the manifest says "
                            + entry.size());
                }
                if (!FileChecksum.sha256(file).equals(entry.sha256())) {
                    throw new BackupRefusedException(file + " does not match its SHA-256 in the manifest");
                }
            } catch (IOException e) {
                throw new BackupRefusedException(file + " cannot be read: " + e.getMessage());
            }
        }
    }

    /** The file an entry names, refusing paths that would leave the folder. */
    static Path resolve(Path folder, String relative) {
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder.normalize())) {
            throw new BackupRefusedException("the manifest names a file outside the backup: " + relative);
        }
        return file;
    }
}
