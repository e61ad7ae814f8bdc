package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The call was given a variant of Bella's wording, recorded right after {@link CallStarted} when the owner tries
 * variants. The wording itself is recorded, not only its name, so the call's prompts read the same on every replay
 * whatever the settings say by then. Calls without this event heard {@link PromptVariant#STANDARD}.
 *
 * @param variant     the variant's name, by which the owner's figures group calls
 * @param greeting    the greeting as the owner wrote it, placeholders unfilled
 * @param welcomeBack the greeting of a returning caller, placeholders unfilled
 */
@Revision("1")
public record PromptVariantAssigned(String callId, String variant, String greeting, String welcomeBack,
                                    ReadBackStyle readBack, Instant at) implements CallEvent {

    public PromptVariant wording() {
        return new PromptVariant(variant, greeting, welcomeBack, readBack);
    }
}
