package vn.dvk.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import vn.dvk.localstack.launcher.Console;
import vn.dvk.localstack.launcher.Launcher;
import vn.dvk.localstack.launcher.Layout;

/**
 * The entry of {@code ./dvk} and {@code dvk.cmd}, which run it as
 * {@code java -Ddvk.root=<checkout> -Ddvk.command=<./dvk|dvk.cmd> -cp local-stack/target/local-stack.jar
 * vn.dvk.localstack.Dvk <command> [args]}. It needs only the JDK: local-stack's dependencies go on the class path of
 * the processes it starts, not on its own.
 */
public final class Dvk {

    private static final String LAUNCHER_PACKAGE = "vn/dvk/localstack/";
    /** Classes that need local-stack's dependencies; they run in the processes the launcher starts. */
    private static final List<String> DEPENDENT_CLASSES = List.of("vn/dvk/localstack/EmbeddedMongoMain",
            "vn/dvk/localstack/store/", "vn/dvk/localstack/backup/");

    private Dvk() {
    }

    public static void main(String[] args) {
        Path jar = ownJar();
        loadOwnClasses(jar);
        Path root = System.getProperty("dvk.root") != null ? Path.of(System.getProperty("dvk.root"))
                : jar.toAbsolutePath().getParent().getParent().getParent();
        String command = System.getProperty("dvk.command", "./dvk");
        Launcher launcher = new Launcher(Layout.of(root, command), Console.system(), Path.of("").toAbsolutePath());
        System.exit(launcher.run(args));
    }

    private static Path ownJar() {
        try {
            return Path.of(Dvk.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the launcher's jar", e);
        }
    }

    /**
     * Loads every launcher class now. The launcher runs from local-stack/target/local-stack.jar, which a rebuild
     * rewrites in place while a foreground stack runs; a class first loaded after that would be read from the new
     * file at the old offsets. (The processes it starts run from copies instead.)
     */
    private static void loadOwnClasses(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return;
        }
        ClassLoader loader = Dvk.class.getClassLoader();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.startsWith(LAUNCHER_PACKAGE) && name.endsWith(".class")
                        && DEPENDENT_CLASSES.stream().noneMatch(name::startsWith)) {
                    Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
                            loader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the launcher's jar lists a class it cannot load", e);
        }
    }
}
