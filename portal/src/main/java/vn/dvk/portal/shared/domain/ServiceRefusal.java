package vn.dvk.portal.shared.domain;

/** A service answered a call with a problem (4xx): it refused what the official asked, and said why. */
public class ServiceRefusal extends RuntimeException {

    private final String service;
    private final transient Problem problem;

    public ServiceRefusal(String service, Problem problem) {
        super(service + " refused with " + problem.status() + " " + problem.code());
        this.service = service;
        this.problem = problem;
    }

    public String service() {
        return service;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
