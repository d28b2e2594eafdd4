package vn.dvk.identity.demo;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvk.identity.official.application.OfficialService;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.platform.domain.Caller;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * The demo logins of the API contract, created through the same use case as the admin API, all with the one demo
 * password. An account that exists already is left as it is, so loading again creates nothing; accounts of units
 * outside the instance scope are skipped.
 */
public class DemoAccounts {

    /** The demo loader acts as the national administrator: every unit is within its reach. */
    static final Caller LOADER = new Caller("demo", "Nạp tài khoản mẫu", UnitDirectory.NATIONAL,
            Set.of(Role.ADMIN));
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** One demo login. */
    record Account(String login, String displayName, String unitCode, Set<Role> roles) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("sonla.admin", "Quản trị hệ thống tỉnh Sơn La", "14", Set.of(Role.ADMIN, Role.AUDITOR)),
            new Account("sonla.bcd", "Lường Văn Thanh (Ban Chỉ đạo tỉnh)", "14", Set.of(Role.STEERING_MEMBER)),
            new Account("yenchau.canbo", "Lò Thị Hoa (cán bộ Ban Dân vận huyện)", "124", Set.of(Role.UNIT_CLERK)),
            new Account("yenchau.bcd", "Cầm Văn Đông (Ban Chỉ đạo huyện)", "124", Set.of(Role.STEERING_MEMBER)),
            new Account("yenchau.hdtdkt", "Quàng Thị Mai (Hội đồng Thi đua - Khen thưởng huyện)", "124",
                    Set.of(Role.COUNCIL_MEMBER)),
            new Account("yenchau.chutich", "Hoàng Văn Tuấn (Chủ tịch UBND huyện)", "124", Set.of(Role.CHAIRMAN)),
            new Account("yenchau.lanhdao", "Vì Thị Lan (lãnh đạo huyện)", "124", Set.of(Role.VIEWER)),
            new Account("longphieng.canbo", "Sồng A Páo (cán bộ xã Lóng Phiêng)", "04096", Set.of(Role.UNIT_CLERK)),
            new Account("longphieng.bcd", "Lò Văn Hùng (Ban Chỉ đạo xã Lóng Phiêng)", "04096",
                    Set.of(Role.STEERING_MEMBER)),
            new Account("chiengdong.canbo", "Tòng Thị Xuân (cán bộ xã Chiềng Đông)", "04063",
                    Set.of(Role.UNIT_CLERK)));

    private final OfficialService officials;
    private final InstanceScope scope;

    public DemoAccounts(OfficialService officials, InstanceScope scope) {
        this.officials = officials;
        this.scope = scope;
    }

    /** Creates the demo accounts missing; returns how many it created. */
    public int load(String password) {
        int created = 0;
        for (Account account : ACCOUNTS) {
            if (!scope.covers(account.unitCode()) || officials.find(account.login()).isPresent()) {
                continue;
            }
            officials.create(LOADER, account.login(), new Official.Profile(account.displayName(),
                    account.login() + "@dvk.local", account.unitCode(), account.roles(), true), password);
            created++;
        }
        log.info("demo accounts: {} of {} created now", created, ACCOUNTS.size());
        return created;
    }
}
