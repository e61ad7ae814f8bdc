/**
 * What Bella does with a call: the use cases the adapters drive, the ports they implement, the understanding of
 * what callers say, and the read models built from events.
 */
package bella.application;
