package bella.adapters.persistence.personal;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * AES-GCM ciphers, one kept per thread and initialised afresh for each value. Looking a cipher up by its
 * transformation costs more than sealing or opening a short value with it, and a rebuild opens hundreds of thousands.
 * A thread's cipher is only ever used by that thread, and {@code init} discards whatever the last value left in it.
 */
final class Ciphers {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int TAG_BITS = 128;
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    });

    private Ciphers() {
    }

    /**
     * This thread's cipher, set to {@code mode} with {@code key} and {@code nonce}, with the record and field bound in
     * as associated data.
     */
    static Cipher aesGcm(int mode, SecretKey key, byte[] nonce, String record, String field)
            throws GeneralSecurityException {
        Cipher cipher = AES_GCM.get();
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((record + "/" + field).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
