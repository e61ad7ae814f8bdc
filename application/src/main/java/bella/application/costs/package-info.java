/**
 * What Bella costs in Twilio's charges: the billed usage read model (voice minutes, texts) built from the events,
 * estimates at configurable rates, and the monthly alert when an estimate passes the owner's threshold.
 */
package bella.application.costs;
