/**
 * How often one client may ask: token buckets (Bucket4j) per key, a caller's number or a client's address, and
 * which address a request came from.
 */
package bella.application.limits;
