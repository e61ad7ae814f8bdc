package bella.bootstrap;

import bella.application.conversation.UnknownCall;
import bella.application.replay.Reruns;
import bella.application.replay.UnreadableCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Re-runs a recorded call through today's code and answers the two side by side, step by step. Under {@code /api},
 * so protected like the rest of the owner's API.
 */
@RestController
class RerunApi {

    private static final Logger LOG = LoggerFactory.getLogger(RerunApi.class);

    private final Reruns reruns;

    RerunApi(Reruns reruns) {
        this.reruns = reruns;
    }

    /**
     * {@code {original, rerun, firstDifference}}; 404 for a sid no call was recorded under. A call an older Bella
     * recorded in a form today's cannot read answers 422 with the reason: the request was understood, but this call
     * cannot be re-run, and a 200 would let a client take the missing comparison for an empty one.
     */
    @PostMapping(path = "/api/calls/{callSid}/rerun", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> rerun(@PathVariable String callSid) {
        try {
            return ResponseEntity.ok(reruns.rerun(callSid));
        } catch (UnknownCall unknown) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", AnalyticsApi.NO_SUCH_CALL));
        } catch (UnreadableCall unreadable) {
            LOG.warn("Call {} cannot be re-run: {}", callSid, unreadable.getMessage());
            return ResponseEntity.unprocessableEntity().body(Map.of("error", unreadable.getMessage()));
        }
    }
}
