package vn.dvk.localstack.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.dvk.localstack.process.ServiceLaunch;

/**
 * The jars the stack runs: built with the Maven wrapper when missing, and staged — copied to {@code .dvk/run/} — so
 * that a rebuild or {@code mvn clean} while the stack runs never pulls a jar from under a running JVM.
 */
final class BuildOutput {

    private final Layout layout;
    private final Console console;

    BuildOutput(Layout layout, Console console) {
        this.layout = layout;
        this.console = console;
    }

    /** Runs the build when a service jar or local-stack's output is missing; otherwise uses what is there. */
    void buildIfMissing() {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        console.info("missing " + String.join(" ", missing));
        console.info("building: " + layout.buildCommandText()
                + " (the first build downloads dependencies and takes a few minutes)");
        int exit;
        try {
            exit = new ProcessBuilder(layout.buildCommand()).directory(layout.root().toFile()).inheritIO().start()
                    .waitFor();
        } catch (IOException e) {
            throw new CommandFailed("cannot run " + layout.buildCommandText() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailed("the build was interrupted");
        }
        if (exit != 0) {
            throw new CommandFailed("the build failed; see the output above");
        }
        List<String> stillMissing = missing();
        if (!stillMissing.isEmpty()) {
            throw new CommandFailed("the build finished but " + stillMissing.get(0) + " is still missing");
        }
    }

    /** Copies the service jars and local-stack's class path to {@code .dvk/run/}. */
    void stage() {
        Path run = layout.run();
        for (Component service : layout.services()) {
            Path jar = ServiceLaunch.builtJar(layout.root(), service.name());
            Path staged = layout.stagedJar(service);
            Path partial = staged.resolveSibling(staged.getFileName() + ".tmp");
            try {
                Files.createDirectories(run);
                Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, staged, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new CommandFailed("cannot copy " + layout.display(jar) + " to " + run + " (" + e.getMessage()
                        + ")");
            }
        }
        Path built = layout.builtLocalStack();
        Path staged = layout.stagedLocalStack();
        Path partial = staged.resolveSibling("local-stack.tmp");
        try {
            deleteTree(partial);
            Files.createDirectories(partial);
            copyTree(built.resolve("lib"), partial.resolve("lib"));
            Files.copy(built.resolve("local-stack.jar"), partial.resolve("local-stack.jar"));
            deleteTree(staged);
            Files.move(partial, staged);
        } catch (IOException e) {
            throw new CommandFailed("cannot copy " + layout.display(built) + " to " + run + " (" + e.getMessage()
                    + ")");
        }
    }

    /** Kafka's tools run from the running stack's copy if there is one, otherwise from the build output. */
    String toolsClassPath() {
        if (Layout.isLocalStack(layout.stagedLocalStack())) {
            return Layout.localStackClassPath(layout.stagedLocalStack());
        }
        if (Layout.isLocalStack(layout.builtLocalStack())) {
            return Layout.localStackClassPath(layout.builtLocalStack());
        }
        throw new CommandFailed("local-stack is not built: run '" + layout.command() + " start' or '"
                + layout.wrapper() + " -B -DskipTests install'");
    }

    /** What the stack needs from the build and the build has not made, as the user would find it. */
    private List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Component service : layout.services()) {
            Path jar = ServiceLaunch.builtJar(layout.root(), service.name());
            if (!Files.isRegularFile(jar)) {
                missing.add(layout.display(jar));
            }
        }
        Path built = layout.builtLocalStack();
        if (!Files.isDirectory(built.resolve("lib"))) {
            missing.add(layout.display(built.resolve("lib")) + File.separator);
        }
        if (!Files.isRegularFile(built.resolve("local-stack.jar"))) {
            missing.add(layout.display(built.resolve("local-stack.jar")));
        }
        return missing;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
