/**
 * A phone conversation as the phone network drives it: answer, hear each answer, book, and end; and the words Bella
 * speaks for each prompt.
 */
package bella.application.conversation;
