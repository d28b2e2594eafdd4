package vn.dvk.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvk.identity.IdentityIntegrationTest;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.contracts.catalog.Role;

class DemoAccountsTest extends IdentityIntegrationTest {

    @TempDir
    Path folder;

    @Test
    void the_demo_accounts_of_the_contract_exist_once_however_often_they_are_loaded() {
        DemoAccounts accounts = new DemoAccounts(officials, scope);
        Map<String, Instant> createdAt = DemoAccounts.ACCOUNTS.stream().collect(Collectors.toMap(
                DemoAccounts.Account::login, account -> officials.find(account.login()).orElseThrow().createdAt()));

        int again = accounts.load(demoPassword());

        assertThat(again).isZero();
        assertThat(DemoAccounts.ACCOUNTS).hasSize(10);
        for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
            Official official = officials.find(account.login()).orElseThrow();
            assertThat(official.unitCode()).isEqualTo(account.unitCode());
            assertThat(official.email()).isEqualTo(account.login() + "@dvk.local");
            assertThat(official.roles()).isEqualTo(account.roles());
            assertThat(official.createdAt()).as(account.login() + " was created once")
                    .isEqualTo(createdAt.get(account.login()));
        }
        assertThat(officials.find("sonla.admin").orElseThrow().roles()).containsExactlyInAnyOrder(Role.ADMIN,
                Role.AUDITOR);
        assertThat(officials.find("chiengdong.canbo").orElseThrow().unitPath()).isEqualTo("14/124/04063");
    }

    @Test
    void a_missing_password_file_gets_a_strong_random_password_that_later_reads_return() throws Exception {
        Path file = folder.resolve("nested").resolve("demo-password");

        String first = DemoPassword.readOrCreate(file);
        String second = DemoPassword.readOrCreate(file);

        assertThat(first).hasSize(16).matches("[A-Za-z2-9]+");
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(file).strip()).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
        assertThat(DemoPassword.readOrCreate(folder.resolve("other"))).isNotEqualTo(first);
    }

    @Test
    void every_demo_login_signs_in_with_the_demo_password() throws Exception {
        for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
            assertThat(claimsOf(accessTokenOf(account.login())).path("unit").asString())
                    .isEqualTo(account.unitCode());
        }
    }
}
