/**
 * Texting the caller a confirmation of every booking, move and cancellation, after the fact and exactly once, so
 * they have it in writing; a caller never waits for it.
 */
package bella.application.texts;
