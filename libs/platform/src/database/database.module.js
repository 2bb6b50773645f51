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
var DatabaseModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.DatabaseModule = exports.DATABASE_URL = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const domain_1 = require("../../../domain/src/index.js");
const event_store_1 = require("../../../event-store/src/index.js");
const data_source_options_1 = require("./data-source-options");
exports.DATABASE_URL = Symbol('DatabaseUrl');
let EventStoreShutdown = class EventStoreShutdown {
    store;
    constructor(store) {
        this.store = store;
    }
    onApplicationShutdown() {
        return this.store.close();
    }
};
EventStoreShutdown = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(event_store_1.EVENT_STORE)),
    __metadata("design:paramtypes", [Object])
], EventStoreShutdown);
/** PostgreSQL for the app's own tables (TypeORM) and the event store, on one server. */
let DatabaseModule = DatabaseModule_1 = class DatabaseModule {
    static forRoot(databaseUrl) {
        return {
            module: DatabaseModule_1,
            global: true,
            imports: [typeorm_1.TypeOrmModule.forRoot({ ...(0, data_source_options_1.dataSourceOptions)(databaseUrl), autoLoadEntities: true })],
            providers: [
                { provide: exports.DATABASE_URL, useValue: databaseUrl },
                {
                    provide: event_store_1.EVENT_STORE,
                    useFactory: () => new event_store_1.PostgresEventStore({ connectionString: databaseUrl, upcasters: domain_1.UPCASTERS }),
                },
                EventStoreShutdown,
            ],
            exports: [exports.DATABASE_URL, event_store_1.EVENT_STORE],
        };
    }
};
exports.DatabaseModule = DatabaseModule;
exports.DatabaseModule = DatabaseModule = DatabaseModule_1 = __decorate([
    (0, common_1.Module)({})
], DatabaseModule);
//# sourceMappingURL=database.module.js.map