"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordedOf = exports.StreamRepository = void 0;
const MAX_CACHED_STREAMS = 10_000;
/**
 * Loads a stream's state by folding its events with the domain's evolve. States are
 * immutable, so the last one folded is kept and only newer events are read next time;
 * the store stays the only source of truth (a stale cache just reads a longer tail).
 */
class StreamRepository {
    store;
    initialState;
    evolve;
    cache = new Map();
    constructor(store, initialState, evolve) {
        this.store = store;
        this.initialState = initialState;
        this.evolve = evolve;
    }
    async load(streamName) {
        const cached = this.cache.get(streamName);
        const fromRevision = cached ? cached.revision + 1n : 0n;
        const events = await this.store.readStream(streamName, { fromRevision });
        if (!cached && events.length === 0)
            return { state: this.initialState(), revision: 'no_stream' };
        const state = events.reduce((current, event) => this.evolve(current, asDomainEvent(event), (0, exports.recordedOf)(event)), cached ? cached.state : this.initialState());
        const revision = events.length ? events[events.length - 1].revision : cached.revision;
        this.remember(streamName, state, revision);
        return { state, revision };
    }
    remember(streamName, state, revision) {
        this.cache.delete(streamName);
        this.cache.set(streamName, { state, revision });
        if (this.cache.size > MAX_CACHED_STREAMS)
            this.cache.delete(this.cache.keys().next().value);
    }
}
exports.StreamRepository = StreamRepository;
const recordedOf = (event) => ({
    position: event.position.toString(),
    revision: Number(event.revision),
});
exports.recordedOf = recordedOf;
/** Events in the store were written by this domain (and upcast on read): their shape is its own. */
const asDomainEvent = (event) => ({ type: event.type, data: event.data });
//# sourceMappingURL=stream-repository.js.map