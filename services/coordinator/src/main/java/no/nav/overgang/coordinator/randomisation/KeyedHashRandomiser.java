package no.nav.overgang.coordinator.randomisation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Individual randomisation by keyed hash: HMAC-SHA256(salt, case key) picks a point in [0, total weight). The same
 * case always gets the same arm (a replay or a redelivery cannot change it), and without the salt nobody can predict
 * it. Balanced in expectation only; see {@link PermutedBlockRandomiser} for balance within strata.
 */
public class KeyedHashRandomiser implements Randomiser {

    public static final String METHOD = "keyed-hash";
    public static final int VERSION = 1;

    private final RandomisationProperties properties;
    private final SecretKeySpec salt;

    public KeyedHashRandomiser(RandomisationProperties properties) {
        this.properties = properties;
        this.salt = new SecretKeySpec(properties.randomisationSalt().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public Assignment assign(Allocation allocation) {
        return assign(allocation.caseKey());
    }

    public Assignment assign(String caseKey) {
        long total = properties.arms().stream().mapToLong(Arm::weight).sum();
        long point = Long.remainderUnsigned(hash(caseKey), total);
        long upTo = 0;
        for (Arm arm : properties.arms()) {
            upTo += arm.weight();
            if (point < upTo) {
                return new Assignment(arm, METHOD, VERSION, null);
            }
        }
        throw new IllegalStateException("weights do not cover the allocation point");
    }

    private long hash(String caseKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(salt);
            return ByteBuffer.wrap(mac.doFinal(caseKey.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
