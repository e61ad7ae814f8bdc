/**
 * What an operator watches: Bella's own meters (calls, bookings, understanding misses, webhook latency) beside
 * Axon's and the JVM's at {@code /actuator/prometheus}, and the call SID on every log line a webhook writes.
 */
package bella.bootstrap.operations;
