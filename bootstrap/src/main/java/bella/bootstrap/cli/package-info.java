/**
 * Bella's command line: {@code java -jar bella.jar COMMAND}. Each command is a small class named in
 * {@link bella.bootstrap.cli.CommandLine}; those that ask the running Bella are HTTP clients of its owner's API, so
 * they work on the service as it answers calls rather than on its database behind its back. {@code simulate} calls
 * it as Twilio does, through its signed webhooks. {@code backup} and {@code restore} open the SQLite file themselves.
 */
package bella.bootstrap.cli;
