package vn.dvk.localstack.launcher;

/** Ends a command: the launcher prints the message as a failure and exits with the code. */
final class CommandFailed extends RuntimeException {

    private final int exitCode;

    CommandFailed(String message) {
        this(message, 1);
    }

    CommandFailed(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
