package vn.dvk.identity.signin.adapter;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import vn.dvk.identity.official.application.OfficialService;

/** Clears the official's count of wrong passwords, then continues where the browser was going (the authorize step). */
final class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final OfficialService officials;

    SignInSuccessHandler(OfficialService officials) {
        this.officials = officials;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        officials.recordSuccessfulSignIn(authentication.getName());
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
