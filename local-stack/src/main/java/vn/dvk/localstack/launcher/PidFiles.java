package vn.dvk.localstack.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import vn.dvk.localstack.process.JavaProcess;

/**
 * The processes of a running stack, recorded in {@code .dvk/pids/<name>.pid} (the PID, then the start time) so that
 * {@code stop} and {@code status} in another invocation find them. A recorded PID counts only while it is still our
 * process; see {@link JavaProcess#find}.
 */
final class PidFiles {

    private final Layout layout;

    PidFiles(Layout layout) {
        this.layout = layout;
    }

    void record(Component component, JavaProcess process) {
        String startTime = process.started().map(Instant::toString).orElse("");
        try {
            Files.createDirectories(layout.pids());
            Files.writeString(layout.pidFile(component), process.pid() + "\n" + startTime + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the PID of " + component.name(), e);
        }
    }

    Optional<JavaProcess> running(Component component) {
        Path file = layout.pidFile(component);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException absent) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        return JavaProcess.find(component.name(), pid, startTime(lines), Optional.of(layout.logFile(component)));
    }

    void remove(Component component) {
        try {
            Files.deleteIfExists(layout.pidFile(component));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + layout.pidFile(component), e);
        }
    }

    void removeAll() {
        if (!Files.isDirectory(layout.pids())) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(layout.pids(), "*.pid")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + layout.pids(), e);
        }
    }

    private static Optional<Instant> startTime(List<String> lines) {
        if (lines.size() < 2 || lines.get(1).isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(lines.get(1).strip()));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
