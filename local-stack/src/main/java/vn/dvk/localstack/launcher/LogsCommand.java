package vn.dvk.localstack.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code logs <name> [-f] [-n N] [--district CODE]}: the last N lines of a component's log, as they were written;
 * {@code -f} then follows the file, as {@code tail -F} does, also across a restart that recreates it;
 * {@code --district} reads the log of a component of that district's cluster ({@code start-district}).
 */
final class LogsCommand {

    private static final int DEFAULT_LINES = 200;
    private static final int CHUNK = 64 * 1024;
    private static final Duration FOLLOW_POLL = Duration.ofMillis(500);

    private final Layout layout;
    private final Console console;

    LogsCommand(Layout layout, Console console) {
        this.layout = layout;
        this.console = console;
    }

    int run(List<String> arguments) {
        Layout stack = layout;
        String name = null;
        boolean follow = false;
        int lines = DEFAULT_LINES;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("-f") || argument.equals("--follow")) {
                follow = true;
            } else if (argument.equals("-n")) {
                i++;
                if (i >= arguments.size() || !arguments.get(i).matches("[0-9]{1,9}")) {
                    throw new CommandFailed("-n needs a number of lines");
                }
                lines = Integer.parseInt(arguments.get(i));
            } else if (argument.equals("--district")) {
                i++;
                if (i >= arguments.size()) {
                    throw new CommandFailed("--district needs a district code, e.g. 124");
                }
                stack = DistrictCluster.of(layout, arguments.get(i)).layout();
            } else if (argument.startsWith("-")) {
                throw new CommandFailed("unknown option for logs: " + argument);
            } else if (name != null) {
                throw new CommandFailed("logs takes one name");
            } else {
                name = argument;
            }
        }
        if (name == null) {
            throw new CommandFailed("usage: " + layout.command() + " logs <" + stack.components().stream()
                    .map(Component::shortName).collect(Collectors.joining("|")) + "> [-f] [-n N] [--district CODE]");
        }
        String requested = name;
        Layout of = stack;
        Component component = stack.component(name).orElseThrow(() -> new CommandFailed(
                "unknown component '" + requested + "': use " + componentNames(of)));
        Path log = stack.logFile(component);
        if (!Files.isRegularFile(log)) {
            throw new CommandFailed("no log for " + component.name() + " yet (" + log + ")");
        }
        try {
            long end = printLastLines(log, lines, console.out());
            if (follow) {
                follow(log, end, console.out());
            }
        } catch (IOException e) {
            throw new CommandFailed("cannot read " + log + ": " + e.getMessage());
        }
        return 0;
    }

    /** "kafka, mongo, registration, evaluation, award or reporting". */
    private static String componentNames(Layout stack) {
        List<String> names = stack.components().stream().map(Component::shortName).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** Prints the last lines, reading the file backwards; returns the length it printed up to. */
    static long printLastLines(Path log, int lines, OutputStream out) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long start = startOfLastLines(file, length, lines);
            copy(file, start, length, out);
            return length;
        }
    }

    private static long startOfLastLines(RandomAccessFile file, long length, int lines) throws IOException {
        if (lines == 0) {
            return length;
        }
        // A final newline ends the last line; it does not start another one.
        long scanFrom = length;
        if (length > 0) {
            file.seek(length - 1);
            if (file.read() == '\n') {
                scanFrom = length - 1;
            }
        }
        int found = 0;
        byte[] buffer = new byte[CHUNK];
        long position = scanFrom;
        while (position > 0) {
            int size = (int) Math.min(CHUNK, position);
            position -= size;
            file.seek(position);
            file.readFully(buffer, 0, size);
            for (int i = size - 1; i >= 0; i--) {
                if (buffer[i] == '\n' && ++found == lines) {
                    return position + i + 1;
                }
            }
        }
        return 0;
    }

    private static void copy(RandomAccessFile file, long from, long to, OutputStream out) throws IOException {
        byte[] buffer = new byte[CHUNK];
        file.seek(from);
        long remaining = to - from;
        while (remaining > 0) {
            int read = file.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            remaining -= read;
        }
        out.flush();
    }

    /** Prints what is appended from the position on, until the process is stopped (Ctrl-C) or interrupted. */
    private static void follow(Path log, long position, OutputStream out) throws IOException {
        Object identity = identity(log);
        while (pause()) {
            Object current;
            long length;
            try {
                current = identity(log);
                length = Files.size(log);
            } catch (NoSuchFileException recreatedSoon) {
                continue;
            }
            if (!Objects.equals(current, identity) || length < position) {
                identity = current;
                position = 0;
            }
            if (length > position) {
                try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                    copy(file, position, length, out);
                }
                position = length;
            }
        }
    }

    /** The file's identity where the OS has one (an inode), so that a recreated log is read from its start. */
    private static Object identity(Path log) throws IOException {
        return Files.readAttributes(log, BasicFileAttributes.class).fileKey();
    }

    /** False once the thread is interrupted: following ends. */
    private static boolean pause() {
        try {
            Thread.sleep(FOLLOW_POLL.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
