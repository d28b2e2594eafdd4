package vn.dvk.localstack.launcher;

import java.io.PrintStream;
import vn.dvk.localstack.process.JavaProcess;

/** The launcher's voice: {@code dvk: ...} lines on stdout, warnings and failures on stderr, colours on a terminal. */
public final class Console {

    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[0m";

    private final PrintStream out;
    private final PrintStream err;
    private final boolean colours;

    public Console(PrintStream out, PrintStream err, boolean colours) {
        this.out = out;
        this.err = err;
        this.colours = colours;
    }

    /**
     * The process's own streams; colours only on an interactive terminal that shows them (the classic Windows
     * console prints escape codes as text, Windows Terminal does not) and unless {@code NO_COLOR} is set.
     */
    public static Console system() {
        boolean terminal = System.console() != null;
        boolean showsEscapes = !JavaProcess.isWindows() || System.getenv("WT_SESSION") != null;
        return new Console(System.out, System.err, terminal && showsEscapes && System.getenv("NO_COLOR") == null);
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public void info(String message) {
        out.println("dvk: " + message);
    }

    public void warn(String message) {
        err.println(paint(YELLOW, "dvk: " + message));
    }

    public void fail(String message) {
        err.println(paint(RED, "dvk: " + message));
    }

    public String bold(String text) {
        return paint(BOLD, text);
    }

    public String green(String text) {
        return paint(GREEN, text);
    }

    public String red(String text) {
        return paint(RED, text);
    }

    private String paint(String colour, String text) {
        return colours ? colour + text + RESET : text;
    }
}
