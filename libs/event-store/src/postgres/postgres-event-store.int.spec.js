"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const test_database_1 = require("../../../testing/src/database/test-database");
const event_store_contract_1 = require("../contract/event-store.contract");
const postgres_event_store_1 = require("./postgres-event-store");
let database;
beforeAll(async () => {
    database = await (0, test_database_1.createTestDatabase)();
});
afterAll(async () => {
    await database.drop();
});
const stallFor = (streamName) => {
    let reached;
    let release;
    const reachedPromise = new Promise((r) => (reached = r));
    const released = new Promise((r) => (release = r));
    return {
        stall: { reached: reachedPromise, release },
        beforeCommit: async (s) => {
            if (s !== streamName)
                return;
            reached();
            await released;
        },
    };
};
describe('PostgreSQL event store', () => {
    (0, event_store_contract_1.eventStoreContract)(() => ({
        create: async (options) => new postgres_event_store_1.PostgresEventStore({ connectionString: database.url, upcasters: options?.upcasters, pollIntervalMs: 20 }),
        createStalling: async (streamName) => {
            const { stall, beforeCommit } = stallFor(streamName);
            return { store: new postgres_event_store_1.PostgresEventStore({ connectionString: database.url, beforeCommit }), stall };
        },
    }));
});
//# sourceMappingURL=postgres-event-store.int.spec.js.map