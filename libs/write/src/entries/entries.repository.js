"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.EntriesRepository = void 0;
const common_1 = require("@nestjs/common");
const domain_1 = require("../../../domain/src/index.js");
const event_store_1 = require("../../../event-store/src/index.js");
const envelope_1 = require("../event-sourcing/envelope");
const stream_repository_1 = require("../event-sourcing/stream-repository");
/** The only door to the entries streams (one per operation × phase × force). */
let EntriesRepository = class EntriesRepository {
    store;
    streams;
    constructor(store) {
        this.store = store;
        this.streams = new stream_repository_1.StreamRepository(store, domain_1.initialEntriesState, domain_1.evolveEntries);
    }
    load({ operation, phase, force }) {
        return this.streams.load((0, domain_1.entriesStream)(operation, phase, force));
    }
    append(ref, events, expectedRevision, provenance) {
        const toAppend = events.map((event) => (0, envelope_1.toEventToAppend)(event, provenance));
        const stream = (0, domain_1.entriesStream)(ref.operation, ref.phase, ref.force);
        return this.store.appendToStream(stream, toAppend, { expectedRevision });
    }
    /** Finds which force's stream of a phase holds an entry; null if none does. */
    async locate(operation, phase, entryId) {
        for (const force of operation.forces) {
            const ref = { operation: operation.id, phase, force };
            const loaded = await this.load(ref);
            if (loaded.state.has(entryId))
                return { ...ref, ...loaded };
        }
        return null;
    }
};
exports.EntriesRepository = EntriesRepository;
exports.EntriesRepository = EntriesRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(event_store_1.EVENT_STORE)),
    __metadata("design:paramtypes", [Object])
], EntriesRepository);
//# sourceMappingURL=entries.repository.js.map