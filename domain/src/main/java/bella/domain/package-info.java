/**
 * What Bella decides: the phone call and its dialogue, the day's schedule that makes a double booking impossible,
 * and the appointments it books. Plain Java and Axon's modelling annotations only.
 */
package bella.domain;
