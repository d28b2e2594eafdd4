package vn.dvk.localstack.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JVM for the process tests to start: it listens (after installing its shutdown hook, so a test that saw it listen
 * knows the hook is in place), records a graceful stop, ignores SIGTERM or exits, as told.
 */
public final class TestProgram {

    private TestProgram() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        switch (args[0]) {
            case "listen" -> listen(args[1]);
            case "record-stop" -> {
                Path stopped = Path.of(args[2]);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> write(stopped)));
                listen(args[1]);
            }
            case "ignore-term" -> {
                Runtime.getRuntime().addShutdownHook(new Thread(TestProgram::sleepForever));
                listen(args[1]);
            }
            case "exit" -> {
                System.out.println("exiting with " + args[1]);
                System.exit(Integer.parseInt(args[1]));
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void listen(String port) throws IOException, InterruptedException {
        try (ServerSocket socket = new ServerSocket(Integer.parseInt(port), 1, InetAddress.getLoopbackAddress())) {
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "stopped gracefully");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
