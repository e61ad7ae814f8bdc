/**
 * Messages callers leave when no one can take their call: the owner's list of them (a read model), and their
 * transcription, fetched from the phone network and sent to a speech-to-text service after the call, retried, with
 * the outcome recorded on the Call.
 */
package bella.application.messages;
