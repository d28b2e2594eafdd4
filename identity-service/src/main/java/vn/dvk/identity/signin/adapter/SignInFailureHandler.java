package vn.dvk.identity.signin.adapter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import vn.dvk.identity.official.application.OfficialService;

/**
 * Counts a wrong password against the official and sends the browser back to the sign-in page with the reason:
 * {@code bad} (wrong login or password: the page does not say which), {@code locked}, {@code disabled}.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    private final OfficialService officials;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    SignInFailureHandler(OfficialService officials) {
        this.officials = officials;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String reason;
        if (failure instanceof LockedException) {
            reason = "locked";
        } else if (failure instanceof DisabledException) {
            reason = "disabled";
        } else if (failure instanceof BadCredentialsException) {
            boolean lockedNow = officials.recordFailedSignIn(Logins.normalize(request.getParameter("username")));
            reason = lockedNow ? "locked" : "bad";
        } else {
            reason = "unavailable";
        }
        redirect.sendRedirect(request, response, SignInConfiguration.LOGIN_PAGE + "?error=" + reason);
    }
}
