/**
 * Where Bella's history lives: Axon's event store and tracking tokens on SQLite (one file, one process) or
 * PostgreSQL, chosen by {@code DATABASE_URL}. The store's unique (aggregate, sequence) key is what makes booking
 * one slot twice impossible.
 */
package bella.adapters.persistence;
