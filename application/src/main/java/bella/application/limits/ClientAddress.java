package bella.application.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The address a request came from, for limits kept per client. Behind a proxy every request arrives from the proxy:
 * the client's address is then the last one in {@code X-Forwarded-For}, the one the nearest proxy added (those
 * before it the client may have written itself). It is read when the owner trusts the proxy's headers, and when the
 * proxy sits on this machine, whose own requests are never forged from outside.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * @return the client's address, or empty for a request made on this machine (its own tools, the health check)
     */
    public static Optional<String> of(String remoteAddress, String forwardedFor, boolean trustProxyHeaders) {
        boolean local = loopback(remoteAddress);
        String address = remoteAddress;
        if ((trustProxyHeaders || local) && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            address = hops[hops.length - 1].strip();
            local = false;
        }
        return local ? Optional.empty() : Optional.of(address);
    }

    private static boolean loopback(String address) {
        try {
            // a literal address is parsed, never looked up
            return address != null && !address.isBlank() && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException unreadable) {
            return false;
        }
    }
}
