package no.nav.overgang.coordinator.randomisation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An endless list of permuted blocks per named sequence, generated from the secret salt: block n of a sequence holds
 * every arm weight × k times (k is 1 or 2, drawn per block, so the block ends cannot be counted from outside) in an
 * order shuffled by a generator seeded with HMAC-SHA256(salt, sequence | n). The same salt always gives the same list,
 * so a replay allocates identically; without the salt the list cannot be predicted.
 */
final class BlockList {

    private final SecretKeySpec salt;
    private final List<Arm> arms;

    BlockList(String salt, List<Arm> arms) {
        this.salt = new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.arms = List.copyOf(arms);
    }

    /** The arm at position {@code index} (from 0) of the named sequence. */
    Arm armAt(String sequence, int index) {
        int start = 0;
        for (int block = 0; ; block++) {
            List<Arm> arms = block(sequence, block);
            if (index < start + arms.size()) {
                return arms.get(index - start);
            }
            start += arms.size();
        }
    }

    List<Arm> block(String sequence, int block) {
        SplittableRandom random = new SplittableRandom(seed(sequence + "|" + block));
        int repeats = 1 + random.nextInt(2);
        List<Arm> slots = new ArrayList<>();
        for (Arm arm : arms) {
            for (int i = 0; i < arm.weight() * repeats; i++) {
                slots.add(arm);
            }
        }
        for (int i = slots.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Arm swapped = slots.get(i);
            slots.set(i, slots.get(j));
            slots.set(j, swapped);
        }
        return slots;
    }

    private long seed(String name) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(salt);
            return ByteBuffer.wrap(mac.doFinal(("blocks|" + name).getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
