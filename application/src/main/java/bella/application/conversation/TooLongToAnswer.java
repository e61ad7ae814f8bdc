package bella.application.conversation;

/** Bella could not answer within the caller's patience; nothing of the answer is recorded. */
public class TooLongToAnswer extends RuntimeException {

    public TooLongToAnswer(String what) {
        super(what + " was not answered in time");
    }
}
