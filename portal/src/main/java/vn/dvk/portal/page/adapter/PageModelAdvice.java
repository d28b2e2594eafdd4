package vn.dvk.portal.page.adapter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import vn.dvk.portal.official.adapter.SignedInOfficial;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.shared.domain.ServiceRefusal;
import vn.dvk.portal.shared.domain.ServiceUnavailable;

/**
 * What every page knows (the signed-in official and the path, for the menu), and the pages of what went wrong: a
 * service's refusal is shown with its own words and status — access is the services' decision, so a forbidden
 * action reaches the service and its 403 comes back as the refusal page.
 */
@ControllerAdvice
public class PageModelAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageModelAdvice.class);

    @ModelAttribute("official")
    public Official official(Authentication authentication) {
        return SignedInOfficial.of(authentication).orElse(null);
    }

    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(ServiceRefusal.class)
    public ModelAndView refused(ServiceRefusal refusal, HttpServletResponse response, Model model) {
        ModelAndView page = new ModelAndView("refusal");
        page.addObject("problem", refusal.problem());
        page.addObject("official", official(SecurityContextHolder.getContext().getAuthentication()));
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(refusal.status()));
        return page;
    }

    @ExceptionHandler(ServiceUnavailable.class)
    public ModelAndView unavailable(ServiceUnavailable unavailable) {
        log.warn("{}", unavailable.getMessage());
        ModelAndView page = new ModelAndView("unavailable");
        page.addObject("service", unavailable.service());
        page.addObject("official", official(SecurityContextHolder.getContext().getAuthentication()));
        page.setStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    /** The session's tokens can no longer be renewed (the provider's session ended): sign in again. */
    @ExceptionHandler(ClientAuthorizationException.class)
    public String signInAgain(ClientAuthorizationException expired, HttpServletRequest request) {
        log.info("tokens of the session could not be renewed ({}); signing in again", expired.getError());
        request.getSession().invalidate();
        SecurityContextHolder.clearContext();
        return "redirect:/";
    }
}
