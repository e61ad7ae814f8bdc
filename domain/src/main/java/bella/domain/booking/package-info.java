/**
 * Booking: the business day's schedule, which refuses overlapping reservations, and the appointments it holds.
 */
package bella.domain.booking;
