/**
 * Costs: a watch over each month's estimated Twilio bill, which raises one warning the first time the estimate
 * passes the owner's alert threshold.
 */
package bella.domain.costs;
