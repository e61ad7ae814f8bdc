/**
 * Read models of booked appointments and known customers, rebuilt from events at any time.
 */
package bella.application.appointments;
