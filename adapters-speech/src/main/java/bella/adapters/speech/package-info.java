/**
 * Speech to text through Whisper's HTTP API, as OpenAI serves it and self-hosted servers copy it: recordings of
 * callers' messages go in, their words come out.
 */
package bella.adapters.speech;
