package vn.dvk.localstack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The companion file {@code <store file>.state}: what the store last knew about its file, so that the next start can
 * tell a damaged file from a healthy one, which MVStore alone cannot (it silently falls back to an older version
 * when the newest part of its file is missing).
 *
 * <ul>
 *   <li>While the store runs: {@code open} and the newest MVStore version known to be on disk, rewritten after every
 *   synced commit. The record is written after the sync and is never newer than the file.</li>
 *   <li>After a clean close: {@code closed}, the final version and the file's size and SHA-256, so that any later
 *   change to the closed file, a truncation or overwritten bytes, is seen.</li>
 * </ul>
 *
 * <p>The record has a fixed length and is always written whole at offset 0 with one write, so a process killed at
 * any moment leaves either the old or the new record.
 */
public final class StoreState implements AutoCloseable {

    /** What the state file says. {@code size} and {@code sha256} are known only for a closed store. */
    public record Recorded(boolean closed, long version, long size, String sha256) {
    }

    private static final String HEADER = "dvk-store-state 1";
    private static final int RECORD_LENGTH = 256;

    private final Path path;
    private FileChannel channel;

    private StoreState(Path path) {
        this.path = path;
    }

    /** The state file that belongs to a store file. */
    public static StoreState of(Path storeFile) {
        return new StoreState(pathFor(storeFile));
    }

    public static Path pathFor(Path storeFile) {
        return storeFile.resolveSibling(storeFile.getFileName() + ".state");
    }

    public Path path() {
        return path;
    }

    /** The recorded state; empty when there is no state file (a new store, or one from before this file existed). */
    public Optional<Recorded> read() {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        Map<String, String> fields = new HashMap<>();
        String[] lines = text.strip().split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("it does not start with '" + HEADER + "'");
        }
        for (int i = 1; i < lines.length; i++) {
            int equals = lines[i].indexOf('=');
            if (equals > 0) {
                fields.put(lines[i].substring(0, equals), lines[i].substring(equals + 1).strip());
            }
        }
        String state = fields.get("state");
        if (!"open".equals(state) && !"closed".equals(state)) {
            throw new IllegalArgumentException("its state is '" + state + "', expected open or closed");
        }
        try {
            return Optional.of(new Recorded(state.equals("closed"), Long.parseLong(fields.get("version")),
                    Long.parseLong(fields.getOrDefault("size", "-1")), fields.getOrDefault("sha256", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("its version or size is not a number", e);
        }
    }

    /** The store opened its file at {@code version}; written through to the disk before any write is accepted. */
    public void markOpen(long version) {
        write("open", version, -1, "", true);
    }

    /** A commit of {@code version} has been synced. Not forced: the record only has to survive a process kill. */
    public void recordDurable(long version) {
        write("open", version, -1, "", false);
    }

    /** The store closed its file cleanly; the file must stay exactly as it is now. */
    public void markClosed(long version, Path storeFile) {
        try {
            write("closed", version, Files.size(storeFile), FileChecksum.sha256(storeFile), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the closed state of " + storeFile, e);
        }
    }

    private synchronized void write(String state, long version, long size, String sha256, boolean force) {
        StringBuilder record = new StringBuilder(HEADER).append('\n')
                .append("state=").append(state).append('\n')
                .append("version=").append(version).append('\n');
        if (size >= 0) {
            record.append("size=").append(size).append('\n').append("sha256=").append(sha256).append('\n');
        }
        while (record.length() < RECORD_LENGTH - 1) {
            record.append(' ');
        }
        record.append('\n');
        try {
            if (channel == null) {
                channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            }
            ByteBuffer buffer = ByteBuffer.wrap(record.toString().getBytes(StandardCharsets.US_ASCII));
            while (buffer.hasRemaining()) {
                channel.write(buffer, buffer.position());
            }
            if (force) {
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + path, e);
            } finally {
                channel = null;
            }
        }
    }
}
