package bella.adapters.persistence;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * The name this process writes as owner into the tracking tokens it claims: {@code BELLA_NODE_ID} when set, else
 * one made for this process alone.
 *
 * <p>Two processes on one database must never share it, or each would take the other's claimed segments for its
 * own. Axon's default ({@code pid@host}) is not enough alone: containers often run Bella as process 1 under one host
 * name. A random part makes the name unique to this process; {@code pid@host} stays in it for whoever reads it.
 */
final class NodeId {

    /** The environment variable (and Spring property) that names this process. */
    static final String PROPERTY = "BELLA_NODE_ID";

    private NodeId() {
    }

    static String from(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        return ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
