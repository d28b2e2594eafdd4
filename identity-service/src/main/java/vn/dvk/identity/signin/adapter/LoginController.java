package vn.dvk.identity.signin.adapter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvk.identity.official.domain.LockoutPolicy;

/** The sign-in page, in Vietnamese, with the reason of a failed attempt. */
@Controller
class LoginController {

    private final LockoutPolicy lockout;

    LoginController(LockoutPolicy lockout) {
        this.lockout = lockout;
    }

    @GetMapping(SignInConfiguration.LOGIN_PAGE)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 Model model) {
        if (error != null) {
            model.addAttribute("error", switch (error) {
                case "locked" -> "Tài khoản tạm thời bị khóa do nhập sai mật khẩu " + lockout.maxFailures()
                        + " lần liên tiếp. Vui lòng thử lại sau " + minutes() + " phút hoặc liên hệ quản trị viên.";
                case "disabled" -> "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.";
                case "unavailable" -> "Hệ thống tạm thời không đăng nhập được. Vui lòng thử lại sau ít phút.";
                default -> "Tên đăng nhập hoặc mật khẩu không đúng.";
            });
        }
        if (logout != null) {
            model.addAttribute("message", "Bạn đã đăng xuất.");
        }
        return "login";
    }

    private long minutes() {
        return Math.max(1, lockout.lockDuration().toMinutes());
    }
}
