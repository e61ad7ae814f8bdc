/**
 * When the business can see a caller: its opening rules, the owner's calendar and Bella's own bookings, combined
 * into the free slots a caller is offered.
 */
package bella.application.availability;
