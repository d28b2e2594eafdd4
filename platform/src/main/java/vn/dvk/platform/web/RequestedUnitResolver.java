package vn.dvk.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.dvk.platform.scope.DatedUnits;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;

/**
 * Binds {@link RequestedUnit} parameters: the one place where a request's {@code unit} is checked for a read, in the
 * unit tree of its {@code asOf} date when the parameter names one.
 */
public class RequestedUnitResolver implements HandlerMethodArgumentResolver {

    private final InstanceScope scope;
    private final DatedUnits datedUnits;

    public RequestedUnitResolver(InstanceScope scope, DatedUnits datedUnits) {
        this.scope = scope;
        this.datedUnits = datedUnits;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(RequestedUnit.class)
                && UnitSelection.class.equals(parameter.getParameterType());
    }

    @Override
    public UnitSelection resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                         NativeWebRequest request, WebDataBinderFactory binderFactory) {
        RequestedUnit requested = parameter.getParameterAnnotation(RequestedUnit.class);
        String name = requested.value();
        if (requested.asOf().isEmpty()) {
            return scope.select(name, request.getParameter(name));
        }
        return datedUnits.select(name, request.getParameter(name), requested.asOf(),
                request.getParameter(requested.asOf()), request.getParameter(requested.year()));
    }
}
