package vn.dvk.localstack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.process.Ports;

/**
 * The embedded store of {@code ./dvk} ({@code vn.dvk.localstack.EmbeddedMongoMain}, which must be on the class path)
 * in its own JVM, on a free port that stays the same across restarts, with its own data file: for the tests and the
 * benchmark that kill it and start it again.
 */
public final class StoreProcess implements AutoCloseable {

    public static final String EMBEDDED_STORE = "vn.dvk.localstack.EmbeddedMongoMain";
    private static final String HOST = "127.0.0.1";
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");
    /** Generous: on a loaded machine a JVM takes a while to start, and the store reads its whole file first. */
    private static final Duration LISTENING_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Path file;
    private final String mainClass;
    private final int port;
    private final Path log;
    private JavaProcess process;

    /** The embedded store on {@code file}; its log is {@code file} + {@code .log}. */
    public StoreProcess(Path file) {
        this(file, EMBEDDED_STORE);
    }

    /** Another main class taking the same arguments ({@code file host port}), e.g. a variant a benchmark compares. */
    public StoreProcess(Path file, String mainClass) {
        this.file = file.toAbsolutePath();
        this.mainClass = mainClass;
        this.port = Ports.free();
        this.log = this.file.resolveSibling(this.file.getFileName() + ".log");
    }

    public String connectionString() {
        return "mongodb://" + HOST + ":" + port;
    }

    public Path file() {
        return file;
    }

    /** What the store wrote to its log so far, across its restarts. */
    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the store and waits until it accepts connections. */
    public synchronized StoreProcess start() {
        if (process != null) {
            throw new IllegalStateException("the store is running");
        }
        JavaProcess started = launch().start();
        try {
            started.awaitListening(HOST, port, LISTENING_TIMEOUT);
        } catch (RuntimeException notListening) {
            started.kill();
            throw notListening;
        }
        process = started;
        return this;
    }

    /** Starts a store that is expected to refuse to run, and returns its exit status. */
    public synchronized int startExpectingExit(Duration timeout) {
        if (process != null) {
            throw new IllegalStateException("the store is running");
        }
        return launch().run(timeout);
    }

    /** SIGKILL: the process gets no chance to flush or close anything. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    /**
     * SIGTERM, as {@code ./dvk stop} sends, then SIGKILL after 20 s.
     *
     * @return whether the store exited on SIGTERM alone (true also when it was not running)
     */
    public synchronized boolean stop() {
        if (process == null) {
            return true;
        }
        boolean exited = process.stop(STOP_GRACE);
        process = null;
        return exited;
    }

    @Override
    public void close() {
        stop();
    }

    private JavaProcess.Builder launch() {
        return JavaProcess.named("store-" + port).jvmOptions(JVM_OPTIONS)
                .mainClass(System.getProperty("java.class.path"), mainClass)
                .arguments(List.of(file.toString(), HOST, Integer.toString(port)))
                .log(log);
    }
}
