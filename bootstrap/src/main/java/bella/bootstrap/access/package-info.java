/**
 * Who may see the owner's pages, API and metrics, with Spring Security: HTTP Basic from ADMIN_USER/ADMIN_PASS or the
 * API_KEY in {@code X-API-Key}, compared in constant time; with neither set, requests made on this machine only. It
 * also sets the headers every answer carries. The webhooks under {@code /twilio/} are Twilio's: they prove themselves
 * by their signature (adapters-twilio), never by the owner's login.
 */
package bella.bootstrap.access;
