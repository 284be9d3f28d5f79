package no.nav.overgang.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous case keys: HMAC-SHA256 of the national id with a secret, as 32 hex characters (128 bits). Without the
 * secret the key cannot be linked back to a person, not even by trying every valid national id.
 */
public class CaseKeys {

    /** One initialised Mac per thread: creating one per key costs more than the hash itself on the intake's hot path. */
    private final ThreadLocal<Mac> macs;

    public CaseKeys(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("overgang.pseudonymisation.secret must be at least 16 characters");
        }
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> newMac(key));
    }

    public String caseKey(String nationalId) {
        // doFinal resets the Mac, so the thread's instance is ready for the next key
        byte[] digest = macs.get().doFinal(nationalId.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
