package bella.application.conversation;

import bella.domain.call.PromptVariant;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The wordings the owner tries, and which call hears which. A call's variant follows from its sid alone, so a
 * webhook delivered again, or a second Bella on the same number, gives the call the same one; over many calls each
 * variant gets its weight's share.
 */
public record PromptVariants(List<Weighted> variants) {

    /** The owner tries no variants: calls hear Bella's own wording and record none. */
    public static final PromptVariants NONE = new PromptVariants(List.of());

    /** A variant, and how many calls it gets for each {@code weight} of the sum of all weights. */
    public record Weighted(PromptVariant variant, int weight) {

        public Weighted {
            Objects.requireNonNull(variant, "variant");
            if (weight < 1) {
                throw new IllegalArgumentException("the weight of " + variant.name() + " must be at least 1");
            }
        }
    }

    public PromptVariants {
        variants = List.copyOf(variants);
        Set<String> names = new HashSet<>();
        for (Weighted weighted : variants) {
            if (!names.add(weighted.variant().name())) {
                throw new IllegalArgumentException(weighted.variant().name() + " is named twice");
            }
        }
    }

    /** The variant the call hears, or none when the owner tries none. */
    public Optional<PromptVariant> forCall(String callSid) {
        if (variants.isEmpty()) {
            return Optional.empty();
        }
        long totalWeight = variants.stream().mapToLong(Weighted::weight).sum();
        // A digest rather than String.hashCode: sids that differ in one character land far apart.
        long point = Long.remainderUnsigned(ByteBuffer.wrap(sha256(callSid)).getLong(), totalWeight);
        for (Weighted weighted : variants) {
            point -= weighted.weight();
            if (point < 0) {
                return Optional.of(weighted.variant());
            }
        }
        throw new IllegalStateException("weights sum to " + totalWeight);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
