package bella.adapters.persistence.upcasting;

import bella.domain.call.RequestUnclear;
import bella.domain.call.RequestUnclear.What;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link RequestUnclear} revision 1 named what was unclear in free text ("TWO_READINGS", "NO_TIME_OF_DAY",
 * "LOW_CONFIDENCE", "NO_SERVICE"); revision 2 holds it as a {@link What}, or {@link What#OTHER} for any other text.
 */
public final class RequestUnclearUpcaster extends RevisionOneUpcaster {

    public RequestUnclearUpcaster() {
        super(RequestUnclear.class);
    }

    @Override
    void rewrite(ObjectNode payload) {
        payload.put("what", known(What.class, payload.path("what").asText(), What.OTHER).name());
    }
}
