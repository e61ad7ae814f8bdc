/**
 * What the owner learns from the calls: a summary of each call and how far callers got towards a booking, kept by
 * projections that can be rebuilt from the event store at any time, and the conversion figures read from them.
 */
package bella.application.analytics;
