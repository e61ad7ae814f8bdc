/**
 * Twilio's side of a phone call: its voice webhooks in, TwiML out, and the signature check that proves a request
 * came from Twilio.
 */
package bella.adapters.twilio;
