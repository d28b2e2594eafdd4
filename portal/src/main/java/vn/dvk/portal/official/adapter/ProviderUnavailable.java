package vn.dvk.portal.official.adapter;

import java.net.URI;

/** The identity provider's discovery document could not be read: nobody can sign in until it answers. */
final class ProviderUnavailable extends RuntimeException {

    ProviderUnavailable(URI issuer, Throwable cause) {
        super("the OIDC provider " + issuer + " does not answer its discovery document", cause);
    }
}
