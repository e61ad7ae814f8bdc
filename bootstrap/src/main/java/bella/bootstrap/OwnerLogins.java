package bella.bootstrap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/** What makes the owner's login too weak for a Bella that other machines can reach. */
final class OwnerLogins {

    /** The first passwords anyone tries on a login page, and Bella's own name. */
    private static final Set<String> WELL_KNOWN = Set.of("admin", "administrator", "password", "passw0rd",
            "changeme", "change-me", "secret", "bella", "letmein", "welcome", "default", "qwerty", "123456",
            "12345678", "password1", "admin123", "root", "test");

    private OwnerLogins() {
    }

    /**
     * The address Bella listens on is this machine's own (127.0.0.1, ::1, localhost). Blank means every interface.
     */
    static boolean reachableFromThisMachineOnly(String address) {
        if (address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            throw new BadSetting("SERVER_ADDRESS", address, "an address of this machine, such as 127.0.0.1 "
                    + "(this machine only) or 0.0.0.0 (every interface)");
        }
    }

    /** On the short list of well-known passwords (whatever the case), or the user name again. */
    static boolean guessable(String secret, String user) {
        String lower = secret.strip().toLowerCase(Locale.ROOT);
        return WELL_KNOWN.contains(lower) || lower.equals(user.strip().toLowerCase(Locale.ROOT));
    }
}
