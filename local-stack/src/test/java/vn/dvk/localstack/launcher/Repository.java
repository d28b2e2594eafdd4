package vn.dvk.localstack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests run in: the nearest parent directory holding the dvk shim. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve("dvk"))) {
            directory = directory.getParent();
        }
        assertThat(directory).as("a parent directory with the dvk shim").isNotNull();
        return directory;
    }
}
