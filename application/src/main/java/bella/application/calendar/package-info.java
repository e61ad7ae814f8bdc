/**
 * Mirroring bookings into the owner's calendar after they are made, so the owner sees them where they keep their
 * diary; a caller never waits for it.
 */
package bella.application.calendar;
