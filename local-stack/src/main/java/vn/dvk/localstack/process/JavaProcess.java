package vn.dvk.localstack.process;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A JVM that dvk runs: a main class or a jar with JVM options, environment and a log file. The launcher, the tests'
 * Kafka broker and the system tests' services all start, await and stop their JVMs through this one class.
 * <p>
 * Every JVM carries the marker {@code -Ddvk.component=<name>}; together with the start time this lets another
 * invocation find it again by its PID without ever signalling a process that merely reuses that PID. (On Linux the
 * JDK shows another process's arguments only while its command line fits in 4 kB: class paths given to this class
 * should be short, e.g. {@code dir/*}.)
 * <p>
 * {@link #stop} sends SIGTERM and, after the grace period, SIGKILL. On Windows the JDK has no graceful signal: there
 * both end the process at once.
 */
public final class JavaProcess {

    private static final String MARKER_PREFIX = "-Ddvk.component=";
    private static final String START_LINE_PREFIX = "===== ";
    private static final String START_LINE_INFIX = " starting ";
    /** The JDK reads a process's start time from the OS each time; allow for rounding between two readings. */
    private static final Duration START_TIME_TOLERANCE = Duration.ofSeconds(1);

    private final String name;
    private final ProcessHandle handle;
    private final Optional<Process> child;
    private final Optional<Instant> started;
    private final Optional<Path> log;

    private JavaProcess(String name, ProcessHandle handle, Optional<Process> child, Optional<Instant> started,
            Optional<Path> log) {
        this.name = name;
        this.handle = handle;
        this.child = child;
        this.started = started;
        this.log = log;
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The java executable of the running JVM, so that every child runs on the same Java. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
    }

    public static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /**
     * The process recorded under this name, PID and start time, if it is still running and is still that process: its
     * arguments carry the marker (where the OS shows arguments) and it started at the recorded time (where the OS
     * tells start times). A process the OS tells neither about does not count.
     */
    public static Optional<JavaProcess> find(String name, long pid, Optional<Instant> recordedStart,
            Optional<Path> log) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(candidate -> isRecordedProcess(candidate.info(), name, recordedStart))
                .map(found -> new JavaProcess(name, found, Optional.empty(), recordedStart, log));
    }

    /** The component name a process was started under, when its arguments are visible and carry the marker. */
    public static Optional<String> markerOf(ProcessHandle.Info info) {
        return info.arguments().stream().flatMap(Arrays::stream)
                .filter(argument -> argument.startsWith(MARKER_PREFIX))
                .map(argument -> argument.substring(MARKER_PREFIX.length()))
                .findFirst();
    }

    private static boolean isRecordedProcess(ProcessHandle.Info info, String name, Optional<Instant> recordedStart) {
        Optional<String[]> arguments = info.arguments();
        if (arguments.isPresent() && !Arrays.asList(arguments.get()).contains(MARKER_PREFIX + name)) {
            return false;
        }
        Optional<Instant> actualStart = info.startInstant();
        boolean startComparable = actualStart.isPresent() && recordedStart.isPresent();
        if (startComparable && Duration.between(recordedStart.get(), actualStart.get()).abs()
                .compareTo(START_TIME_TOLERANCE) > 0) {
            return false;
        }
        return arguments.isPresent() || startComparable;
    }

    /** The lines the log received since the last start of its process, or all its lines if it has no start line. */
    public static List<String> linesOfLastStart(Path log, long maxBytes) throws IOException {
        byte[] tail;
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long from = Math.max(0, file.length() - maxBytes);
            tail = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(tail);
        }
        List<String> lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.startsWith(START_LINE_PREFIX) && line.contains(START_LINE_INFIX)) {
                return lines.subList(i + 1, lines.size());
            }
        }
        return lines;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return handle.pid();
    }

    /** When the process started, as the OS tells it. */
    public Optional<Instant> started() {
        return started;
    }

    public boolean isAlive() {
        return handle.isAlive();
    }

    /** Waits until something accepts connections on the address. */
    public void awaitListening(String host, int port, Duration timeout) {
        await("listening on " + host + ":" + port, () -> Ports.accepting(host, port), timeout,
                Duration.ofMillis(200));
    }

    /** Waits until a GET of the address answers 200. */
    public void awaitHttpOk(URI uri, Duration timeout) {
        await("answering 200 on " + uri, () -> Http.status(uri) == 200, timeout, Duration.ofMillis(500));
    }

    /**
     * Polls the condition until it holds. Throws {@link ExitedException} as soon as the process is gone and
     * {@link NotReadyException} when the time is up, both naming the log.
     */
    public void await(String condition, BooleanSupplier ready, Duration timeout, Duration interval) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!isAlive()) {
                throw new ExitedException(name + " exited while starting" + seeLog());
            }
            if (ready.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new NotReadyException(
                        name + " was not " + condition + " within " + timeout.toSeconds() + "s" + seeLog());
            }
            pause(interval);
        }
    }

    /** Waits until the process ends, for a process run to completion; its exit code. */
    public int waitForExit() {
        Process process = child.orElseThrow(() -> new IllegalStateException(name + " was not started here"));
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /** SIGTERM, then SIGKILL once the grace period is over; true when the process ended within the grace period. */
    public boolean stop(Duration grace) {
        return stopAll(List.of(this), grace, killed -> { }).isEmpty();
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill() {
        handle.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    /**
     * Stops the processes together: SIGTERM to all, then waits up to the grace period for all, then calls
     * {@code beforeKill} for each one still running and kills it. Returns the ones that had to be killed.
     */
    public static List<JavaProcess> stopAll(List<JavaProcess> processes, Duration grace,
            Consumer<JavaProcess> beforeKill) {
        List<JavaProcess> running = processes.stream().filter(JavaProcess::isAlive).toList();
        running.forEach(process -> process.handle.destroy());
        long deadline = System.nanoTime() + grace.toNanos();
        List<JavaProcess> stubborn = new ArrayList<>();
        for (JavaProcess process : running) {
            if (!process.awaitExit(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                stubborn.add(process);
            }
        }
        for (JavaProcess process : stubborn) {
            beforeKill.accept(process);
            process.kill();
        }
        return stubborn;
    }

    private boolean awaitExit(Duration timeout) {
        try {
            handle.onExit().get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !handle.isAlive();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot wait for " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    private String seeLog() {
        return log.map(path -> "; see " + path).orElse("");
    }

    private static void pause(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }

    /** The process died before it became ready. */
    public static final class ExitedException extends IllegalStateException {
        ExitedException(String message) {
            super(message);
        }
    }

    /** The process runs but did not become ready in time. */
    public static final class NotReadyException extends IllegalStateException {
        NotReadyException(String message) {
            super(message);
        }
    }

    /** What to run and how; {@link #start()} launches it. */
    public static final class Builder {

        private final String name;
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> target = new ArrayList<>();
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Optional<Path> log = Optional.empty();
        private Optional<Path> workingDirectory = Optional.empty();
        private boolean ownSession;
        private boolean inheritIo;

        private Builder(String name) {
            this.name = name;
        }

        public Builder jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        /** Runs a main class from a class path (entries joined with the OS's separator, {@code dir/*} allowed). */
        public Builder mainClass(String classPath, String mainClass) {
            target.clear();
            target.addAll(List.of("-cp", classPath, mainClass));
            return this;
        }

        public Builder jar(Path jar) {
            target.clear();
            target.addAll(List.of("-jar", jar.toString()));
            return this;
        }

        public Builder arguments(List<String> values) {
            arguments.addAll(values);
            return this;
        }

        public Builder environment(String variable, String value) {
            environment.put(variable, value);
            return this;
        }

        public Builder environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        /** Appends stdout and stderr to this file, after a line that marks the start. */
        public Builder log(Path file) {
            this.log = Optional.of(file);
            return this;
        }

        /** Shares the caller's stdin, stdout and stderr, for a tool the user runs in the foreground. */
        public Builder inheritIo() {
            this.inheritIo = true;
            return this;
        }

        public Builder workingDirectory(Path directory) {
            this.workingDirectory = Optional.of(directory);
            return this;
        }

        /**
         * Runs the process in a session of its own where the OS has {@code setsid} (Linux): a Ctrl-C in the
         * terminal then reaches only the launcher, which stops its processes in order, and closing the terminal
         * leaves a detached stack running. Elsewhere the process stays in the caller's session.
         */
        public Builder ownSession() {
            this.ownSession = true;
            return this;
        }

        public List<String> command() {
            if (target.isEmpty()) {
                throw new IllegalStateException(name + ": neither a main class nor a jar to run");
            }
            List<String> command = new ArrayList<>();
            if (ownSession) {
                setsid().ifPresent(setsid -> command.add(setsid.toString()));
            }
            command.add(currentJava().toString());
            command.addAll(jvmOptions);
            command.add(MARKER_PREFIX + name);
            command.addAll(target);
            command.addAll(arguments);
            return command;
        }

        public JavaProcess start() {
            ProcessBuilder builder = new ProcessBuilder(command());
            builder.environment().putAll(environment);
            workingDirectory.ifPresent(directory -> builder.directory(directory.toFile()));
            try {
                if (inheritIo) {
                    builder.inheritIO();
                } else if (log.isPresent()) {
                    Path file = log.get();
                    Path parent = file.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    Files.writeString(file, "\n" + START_LINE_PREFIX
                                    + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + START_LINE_INFIX + name
                                    + " =====\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(file.toFile()));
                } else {
                    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                }
                Process process = builder.start();
                if (!inheritIo) {
                    // Nothing is ever typed into it: an immediate end of input keeps it from waiting on the pipe.
                    process.getOutputStream().close();
                }
                ProcessHandle handle = process.toHandle();
                return new JavaProcess(name, handle, Optional.of(process), handle.info().startInstant(), log);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
            }
        }

        /** Runs the process to its end within the timeout (killing it otherwise); its exit code. */
        public int run(Duration timeout) {
            JavaProcess process = start();
            Process started = process.child.orElseThrow();
            try {
                if (!started.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.kill();
                    throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + "s"
                            + process.seeLog());
                }
                return started.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.kill();
                throw new IllegalStateException("interrupted while running " + name, e);
            }
        }

        private static Optional<Path> setsid() {
            if (isWindows()) {
                return Optional.empty();
            }
            String path = System.getenv("PATH");
            if (path == null) {
                return Optional.empty();
            }
            return Stream.of(path.split(File.pathSeparator))
                    .filter(directory -> !directory.isEmpty())
                    .map(directory -> Path.of(directory, "setsid"))
                    .filter(Files::isExecutable)
                    .findFirst();
        }
    }
}
