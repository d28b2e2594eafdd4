package vn.dvk.portal.shared.domain;

/** A service could not be reached, or failed on its side (5xx): nothing the official can correct. */
public class ServiceUnavailable extends RuntimeException {

    private final String service;

    public ServiceUnavailable(String service, String reason, Throwable cause) {
        super(service + " unavailable: " + reason, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
