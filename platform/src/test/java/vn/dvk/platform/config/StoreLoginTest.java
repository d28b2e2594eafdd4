package vn.dvk.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class StoreLoginTest {

    @TempDir
    Path dir;

    @Test
    void anInstanceWithoutAScopeUsesTheServiceDatabase() {
        assertThat(StoreLogin.database(new MockEnvironment().withProperty("spring.application.name", "award-service")))
                .containsEntry("spring.mongodb.database", "dvk_award-service");
    }

    @Test
    void aScopedInstanceUsesTheDatabaseOfItsScope() {
        assertThat(StoreLogin.database(new MockEnvironment().withProperty("spring.application.name", "award-service")
                .withProperty("dvk.scope", " 04096 ")))
                .containsEntry("spring.mongodb.database", "dvk_award-service_04096");
        assertThat(StoreLogin.database(new MockEnvironment().withProperty("spring.application.name", "award-service")
                .withProperty("dvk.scope", "124.PNV")))
                .containsEntry("spring.mongodb.database", "dvk_award-service_124_PNV");
    }

    @Test
    void aScopedInstanceLogsInWhereTheServiceUserIsDefined() throws IOException {
        Path file = Files.writeString(dir.resolve("mongo-award-service"), "secret");
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.application.name", "award-service")
                .withProperty("dvk.scope", "124")
                .withProperty("dvk.mongo.uri", "mongodb://mongo:27017")
                .withProperty("dvk.mongo.username", "award-service")
                .withProperty("dvk.mongo.password-file", file.toString());

        assertThat(StoreLogin.properties(environment)).containsEntry("spring.mongodb.uri",
                "mongodb://award-service:secret@mongo:27017/?authSource=dvk_award-service");
    }

    @Test
    void withoutAUsernameTheStoreIsUsedAsGiven() {
        assertThat(StoreLogin.properties(new MockEnvironment())).isEmpty();
    }

    @Test
    void theServiceLogsInToItsOwnDatabaseWithThePasswordOfItsFile() throws IOException {
        Path file = Files.writeString(dir.resolve("mongo-award-service"), "p@ss:w/rd\n");
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.application.name", "award-service")
                .withProperty("dvk.mongo.uri", "mongodb://mongo:27017/?replicaSet=rs0")
                .withProperty("dvk.mongo.username", "award-service")
                .withProperty("dvk.mongo.password-file", file.toString());

        assertThat(StoreLogin.properties(environment)).containsEntry("spring.mongodb.uri",
                "mongodb://award-service:p%40ss%3Aw%2Frd@mongo:27017/?replicaSet=rs0&authSource=dvk_award-service");
    }

    @Test
    void aConnectionStringWithoutOptionsGetsTheAuthenticationDatabase() {
        assertThat(StoreLogin.withCredentials("mongodb://mongo:27017", "u", "p", "dvk_x"))
                .isEqualTo("mongodb://u:p@mongo:27017/?authSource=dvk_x");
        assertThat(StoreLogin.withCredentials("mongodb://mongo:27017/", "u", "p", "dvk_x"))
                .isEqualTo("mongodb://u:p@mongo:27017/?authSource=dvk_x");
    }

    @Test
    void aUsernameWithoutAPasswordStopsTheStart() {
        MockEnvironment environment = new MockEnvironment().withProperty("dvk.mongo.username", "award-service");

        assertThatThrownBy(() -> StoreLogin.properties(environment))
                .hasMessageContaining("DVK_MONGO_PASSWORD").hasMessageContaining("DVK_MONGO_PASSWORD_FILE");
    }
}
