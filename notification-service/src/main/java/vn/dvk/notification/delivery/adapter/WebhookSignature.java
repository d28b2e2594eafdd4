package vn.dvk.notification.delivery.adapter;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-DVK-Signature} header of a webhook call: {@code sha256=} and the hex HMAC-SHA256 of the exact body
 * bytes under the endpoint's secret. A receiver computes the same over the body it read and compares in constant time.
 */
final class WebhookSignature {

    static final String HEADER = "X-DVK-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
