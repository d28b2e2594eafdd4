package vn.dvk.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoLoginsCommandTest {

    @Test
    void the_table_lists_every_demo_login_with_its_unit_and_roles_in_code_and_in_vietnamese() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        DemoLoginsCommand.print(new PrintStream(printed, true, StandardCharsets.UTF_8));

        String[] lines = printed.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines).hasSize(1 + DemoAccounts.ACCOUNTS.size());
        assertThat(lines[0]).contains("LOGIN", "UNIT", "ROLES");
        assertThat(lines[1]).contains("sonla.admin", "14", "ADMIN (Quản trị hệ thống), AUDITOR (Kiểm tra nhật ký)");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("chiengdong.canbo", "04063",
                "UNIT_CLERK (Cán bộ đầu mối của đơn vị)"));
    }
}
