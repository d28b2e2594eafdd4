package vn.dvk.identity.signin.adapter;

import java.util.Locale;

/** Logins are stored in lower case; officials may type them in any case and with stray spaces. */
final class Logins {

    private Logins() {
    }

    static String normalize(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }
}
