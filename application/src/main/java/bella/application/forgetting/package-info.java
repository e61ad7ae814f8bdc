/**
 * What forgetting a person reaches beyond Bella's own store: the recordings of their calls (messages, answers said
 * again) are deleted at the phone network, through an outbox that retries until they are gone.
 */
package bella.application.forgetting;
