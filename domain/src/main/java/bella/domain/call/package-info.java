/**
 * One phone call: what the caller said, what Bella understood and offered, and what it asks next.
 */
package bella.domain.call;
