package vn.dvk.platform.access;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;

/** Binds a controller parameter of type {@link Caller}: the official the request's access token names. */
public final class CallerParameter implements HandlerMethodArgumentResolver {

    private final CurrentCaller current;

    public CallerParameter(CurrentCaller current) {
        this.current = current;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        // The security filter chain lets no unauthenticated request reach an /api endpoint; this guards the rest.
        return current.get().orElseThrow(() -> Rejection.outOfScope("no-caller", null,
                "Yêu cầu này cần một cán bộ đã đăng nhập."));
    }
}
