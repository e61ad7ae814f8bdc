/**
 * Re-runs of recorded calls: a call's recorded answers fed through today's understanding and dialogue in a sandbox
 * of its own (an in-memory event store, the call's own clock, the bookings as they stood at each of its turns), and
 * set beside what the call heard, step by step. Nothing a re-run does reaches the real event store.
 */
package bella.application.replay;
