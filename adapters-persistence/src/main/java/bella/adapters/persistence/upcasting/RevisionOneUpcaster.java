package bella.adapters.persistence.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/** Rewrites the stored JSON of one event from revision 1 to revision 2, leaving every other event as it is. */
abstract class RevisionOneUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType revisionOne;
    private final SimpleSerializedType revisionTwo;

    RevisionOneUpcaster(Class<?> event) {
        this.revisionOne = new SimpleSerializedType(event.getName(), "1");
        this.revisionTwo = new SimpleSerializedType(event.getName(), "2");
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(revisionOne);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(revisionTwo, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            rewrite(upcast);
            return upcast;
        });
    }

    /** Turns the revision-1 fields of the payload into revision 2's, in place. */
    abstract void rewrite(ObjectNode payload);

    /** The constant a stored name stands for, or {@code other} for a name (or none) it does not know. */
    static <E extends Enum<E>> E known(Class<E> type, String name, E other) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return other;
    }
}
