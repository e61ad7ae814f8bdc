/**
 * The owner's calendar behind the Calendar port: built in by default, Google Calendar when configured.
 */
package bella.adapters.calendar;
