package vn.dvk.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;

/** Binds {@link RequestedUnit} parameters: the one place where a request's {@code unit} is checked for a read. */
public class RequestedUnitResolver implements HandlerMethodArgumentResolver {

    private final InstanceScope scope;

    public RequestedUnitResolver(InstanceScope scope) {
        this.scope = scope;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(RequestedUnit.class)
                && UnitSelection.class.equals(parameter.getParameterType());
    }

    @Override
    public UnitSelection resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                         NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String name = parameter.getParameterAnnotation(RequestedUnit.class).value();
        return scope.select(name, request.getParameter(name));
    }
}
