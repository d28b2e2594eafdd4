package vn.dvk.localstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** TCP port checks that need nothing but the JDK, on every OS. */
public final class Ports {

    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    private Ports() {
    }

    /** A port nothing listens on right now, for a process started next. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether something accepts connections on the address. */
    public static boolean accepting(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException notListening) {
            return false;
        }
    }

    /**
     * Whether a process would fail to listen on the port: something listens on it on any address (the wildcard
     * bind fails) or answers on the host (a listener on the host alone, which some OSes let a wildcard bind share).
     */
    public static boolean taken(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
        } catch (IOException bound) {
            return true;
        }
        return accepting(host, port);
    }
}
