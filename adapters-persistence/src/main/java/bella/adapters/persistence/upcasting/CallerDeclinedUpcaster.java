package bella.adapters.persistence.upcasting;

import bella.domain.call.CallerDeclined;
import bella.domain.call.Stage;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link CallerDeclined} revision 1 held the name of the question declined ("READ_BACK"); revision 2 holds it as a
 * {@link Stage}, the same name, or {@link Stage#OTHER} for a name that is no stage.
 */
public final class CallerDeclinedUpcaster extends RevisionOneUpcaster {

    public CallerDeclinedUpcaster() {
        super(CallerDeclined.class);
    }

    @Override
    void rewrite(ObjectNode payload) {
        payload.put("stage", known(Stage.class, payload.path("stage").asText(), Stage.OTHER).name());
    }
}
