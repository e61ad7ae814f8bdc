/**
 * Events stored in an older shape, read as today's: one upcaster per changed event and revision, over the JSON as
 * stored, so the aggregates, the projections and any replay see only the current types.
 */
package bella.adapters.persistence.upcasting;
