/**
 * The running service: settings, wiring of the domain, use cases and adapters, the owner's API and the command line.
 */
package bella.bootstrap;
