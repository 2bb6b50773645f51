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
exports.OperationsRepository = void 0;
const common_1 = require("@nestjs/common");
const domain_1 = require("../../../domain/src/index.js");
const event_store_1 = require("../../../event-store/src/index.js");
const envelope_1 = require("../event-sourcing/envelope");
const stream_repository_1 = require("../event-sourcing/stream-repository");
/** The only door to operations' streams. */
let OperationsRepository = class OperationsRepository {
    store;
    streams;
    constructor(store) {
        this.store = store;
        this.streams = new stream_repository_1.StreamRepository(store, domain_1.initialOperationState, domain_1.evolveOperation);
    }
    load(operation) {
        return this.streams.load((0, domain_1.operationStream)(operation));
    }
    append(operation, events, expectedRevision, provenance) {
        const toAppend = events.map((event) => (0, envelope_1.toEventToAppend)(event, provenance));
        return this.store.appendToStream((0, domain_1.operationStream)(operation), toAppend, { expectedRevision });
    }
    /** Every operation, in the order they were registered. */
    async list() {
        const byStream = new Map();
        let after;
        for (let page; (page = await this.store.readCategory(domain_1.OPERATION_CATEGORY, { after })).length;) {
            for (const event of page)
                byStream.set(event.streamName, (0, domain_1.evolveOperation)(byStream.get(event.streamName) ?? null, event));
            after = page[page.length - 1].position;
        }
        return [...byStream.values()].filter((operation) => operation !== null);
    }
};
exports.OperationsRepository = OperationsRepository;
exports.OperationsRepository = OperationsRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(event_store_1.EVENT_STORE)),
    __metadata("design:paramtypes", [Object])
], OperationsRepository);
//# sourceMappingURL=operations.repository.js.map