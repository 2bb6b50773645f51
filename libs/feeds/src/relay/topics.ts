/** Every event, as a CloudEvent keyed by its stream (docs/feeds.md). */
export const EVENTS_TOPIC = 'ringofsteel.events.v1';
/** Ragwort's entries, reduced to the fields agreed with the National Rural Crime Unit. */
export const NRCU_TOPIC = 'ringofsteel.ragwort-nrcu.v1';
/** The topics the relay publishes to, which must exist (auto-creation is off). */
export const FEED_TOPICS = [EVENTS_TOPIC, NRCU_TOPIC];
