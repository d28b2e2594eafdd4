package vn.dvk.localstack.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.localstack.process.JavaProcess;

/**
 * {@code backup [<folder>]} and {@code restore <folder>} of the stopped stack: {@code StackBackup} in a JVM of its
 * own, from local-stack's class path (it checks the store's file with H2's classes, which the launcher does not have).
 * It refuses while any port of the stack answers or the store's or Kafka's file is locked.
 */
final class BackupCommand {

    private static final String STACK_BACKUP = "vn.dvk.localstack.backup.StackBackup";

    private final Layout layout;
    private final BuildOutput build;

    BackupCommand(Layout layout, Console console) {
        this.layout = layout;
        this.build = new BuildOutput(layout, console);
    }

    /** Writes a dated folder with the store, Kafka's data and their manifest into {@code <folder>} (.dvk/backups). */
    int backup(List<String> arguments, Path workingDirectory) {
        if (arguments.size() > 1) {
            throw new CommandFailed("usage: " + layout.command() + " backup [<folder>]");
        }
        Path backups = arguments.isEmpty() ? layout.home().resolve("backups")
                : workingDirectory.resolve(arguments.get(0));
        return run("backup", backups);
    }

    /** Checks a backup folder against its manifest and puts it in place; the replaced data is kept beside it. */
    int restore(List<String> arguments, Path workingDirectory) {
        if (arguments.size() != 1) {
            throw new CommandFailed("usage: " + layout.command() + " restore <backup folder>");
        }
        return run("restore", workingDirectory.resolve(arguments.get(0)));
    }

    private int run(String action, Path folder) {
        List<String> arguments = new ArrayList<>(List.of(action, layout.home().toString(),
                folder.toAbsolutePath().normalize().toString()));
        layout.components().forEach(component -> component.ports()
                .forEach(port -> arguments.add(layout.host() + ":" + port)));
        return JavaProcess.named("dvk-" + action)
                .mainClass(build.toolsClassPath(), STACK_BACKUP)
                .arguments(arguments)
                .inheritIo()
                .start()
                .waitForExit();
    }
}
