/**
 * Answers said again after the tone: a name or a number the recogniser heard faintly is recorded once more, fetched
 * from the phone network and transcribed while the caller waits, within a bound, so the call can go on with the
 * better reading.
 */
package bella.application.answers;
