package bella.adapters.persistence.upcasting;

import bella.domain.call.CallFailed;
import bella.domain.call.CallFailed.Reason;
import bella.domain.call.Stage;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;

/**
 * {@link CallFailed} revision 1 said why and where in one sentence, "caller hung up at offer", "not understood at
 * ask_time" or "keys not offered at menu" (the stage in lower case); revision 2 has a {@link Reason} and a
 * {@link Stage}. A sentence of another form becomes {@link Reason#OTHER} at {@link Stage#OTHER}.
 */
public final class CallFailedUpcaster extends RevisionOneUpcaster {

    private static final Map<String, Reason> SAID_AS = Map.of(
            "caller hung up at ", Reason.HUNG_UP,
            "not understood at ", Reason.NOT_UNDERSTOOD,
            "keys not offered at ", Reason.KEYS_NOT_OFFERED);

    public CallFailedUpcaster() {
        super(CallFailed.class);
    }

    @Override
    void rewrite(ObjectNode payload) {
        String sentence = payload.path("reason").asText("");
        Reason reason = Reason.OTHER;
        Stage stage = Stage.OTHER;
        for (Map.Entry<String, Reason> said : SAID_AS.entrySet()) {
            if (sentence.startsWith(said.getKey())) {
                reason = said.getValue();
                String at = sentence.substring(said.getKey().length()).toUpperCase(Locale.ROOT);
                stage = known(Stage.class, at, Stage.OTHER);
            }
        }
        payload.put("reason", reason.name());
        payload.put("stage", stage.name());
    }
}
