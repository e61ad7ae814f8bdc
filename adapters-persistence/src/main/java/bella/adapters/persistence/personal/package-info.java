/**
 * Personal data in events, sealed with AES-GCM under a key per record (a call, an appointment) and forgotten by
 * destroying those keys: the serializer that seals and opens it, the key table, the migration that seals what
 * earlier versions stored in the clear, and the forgetting of a person.
 */
package bella.adapters.persistence.personal;
