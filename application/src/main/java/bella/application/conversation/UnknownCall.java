package bella.application.conversation;

/** An answer arrived for a call Bella never answered. */
public class UnknownCall extends RuntimeException {

    public UnknownCall(String callId) {
        super("no call " + callId + " was answered here");
    }
}
