package vn.dvk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The embedded store of {@code ./dvk} ({@code vn.dvk.localstack.EmbeddedMongoMain}, which must be on the test class
 * path, e.g. through a test dependency on {@code local-stack}) in its own JVM, on a free port that stays the same
 * across restarts, with its own data file, for tests that kill it and start it again.
 */
public final class StoreProcess implements AutoCloseable {

    public static final String EMBEDDED_STORE = "vn.dvk.localstack.EmbeddedMongoMain";

    private final Path file;
    private final String mainClass;
    private final int port;
    private final Path log;
    private Process process;

    /** The embedded store on {@code file}; its log is {@code file} + {@code .log}. */
    public StoreProcess(Path file) {
        this(file, EMBEDDED_STORE);
    }

    /** Another main class taking the same arguments ({@code file host port}), e.g. a variant a benchmark compares. */
    public StoreProcess(Path file, String mainClass) {
        this.file = file.toAbsolutePath();
        this.mainClass = mainClass;
        this.port = freePort();
        this.log = this.file.resolveSibling(this.file.getFileName() + ".log");
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
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
        process = launch();
        Awaitility.await("store listening on " + port + " (log: " + log + ")").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the store exited with " + process.exitValue() + "; see "
                                + log);
                    }
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                        return true;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
        return this;
    }

    /** Starts a store that is expected to refuse to run, and returns its exit status. */
    public synchronized int startExpectingExit(Duration timeout) {
        if (process != null) {
            throw new IllegalStateException("the store is running");
        }
        Process refused = launch();
        try {
            if (!refused.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                refused.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("the store did not exit within " + timeout + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return refused.exitValue();
    }

    /** SIGKILL: the process gets no chance to flush or close anything. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
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
        process.destroy();
        boolean exited;
        try {
            exited = process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exited = false;
        }
        if (!exited) {
            process.destroyForcibly();
        }
        awaitExit(Duration.ofSeconds(10));
        return exited;
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the store process " + process.pid() + " does not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            process = null;
        }
    }

    private Process launch() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass,
                file.toString(), "127.0.0.1", Integer.toString(port)));
        try {
            Files.createDirectories(file.getParent());
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
