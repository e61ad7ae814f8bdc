package bella.application.limits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void aDirectClientIsItsOwnAddressWhateverItClaims() {
        assertThat(ClientAddress.of("203.0.113.9", null, false)).hasValue("203.0.113.9");
        assertThat(ClientAddress.of("203.0.113.9", "198.51.100.4", false)).hasValue("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheAddressTheProxyAddedCounts() {
        assertThat(ClientAddress.of("172.18.0.3", "10.9.9.9, 198.51.100.4", true)).hasValue("198.51.100.4");
        assertThat(ClientAddress.of("172.18.0.3", null, true)).hasValue("172.18.0.3");
    }

    @Test
    void thisMachinesOwnRequestsAreNoClientsButAProxyOnItPassesItsClientsOn() {
        assertThat(ClientAddress.of("127.0.0.1", null, false)).isEmpty();
        assertThat(ClientAddress.of("0:0:0:0:0:0:0:1", null, false)).isEmpty();
        assertThat(ClientAddress.of("127.0.0.1", "198.51.100.4", false)).hasValue("198.51.100.4");
    }
}
