package bella.bootstrap.cli;

import java.io.PrintStream;
import java.util.Optional;

/** Plays a simulated call between Bella and a caller from the first ring to the status callback. */
final class Conversation {

    private final SimulatedCall call;
    private final Caller caller;
    private final PrintStream transcript;
    private final boolean echo;

    /**
     * @param transcript where Bella's words go, or null for none
     * @param echo       whether the caller's answers go there too (a person typing sees their own)
     */
    Conversation(SimulatedCall call, Caller caller, PrintStream transcript, boolean echo) {
        this.call = call;
        this.caller = caller;
        this.transcript = transcript;
        this.echo = echo;
    }

    /**
     * Plays the call to its end; the status callback follows however it ended, as Twilio's does.
     *
     * @return how the call ended
     * @throws WebhookFailed when Bella's answer could not be had, after the status callback was attempted
     * @throws CommandFailed when a script's caller finds Bella did not say what it expected
     */
    String play() {
        String ending;
        try {
            ending = converse();
        } catch (WebhookFailed | CommandFailed broken) {
            try {
                call.hangUp();
            } catch (WebhookFailed alsoBroken) {
                // the first failure is the one to report
            }
            throw broken;
        }
        call.hangUp();
        return ending;
    }

    private String converse() {
        BellaSays said = call.dial();
        show(said);
        while (said.waiting()) {
            Optional<CallerAnswer> answer = caller.answer(said);
            if (answer.isEmpty()) {
                caller.ended(said);
                return "the caller hung up";
            }
            if (echo && transcript != null) {
                transcript.println("caller: " + answer.get());
            }
            said = call.answer(answer.get());
            show(said);
        }
        caller.ended(said);
        return said.ending();
    }

    private void show(BellaSays said) {
        if (transcript != null) {
            // a note in brackets is the simulation's, not Bella's words
            said.lines().forEach(line -> transcript.println(line.startsWith("(") ? line : "Bella: " + line));
        }
    }
}
