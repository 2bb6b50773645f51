"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIGRATIONS = void 0;
const _1763800000000_event_store_1 = require("./1763800000000-event-store");
const _1763800000001_users_1 = require("./1763800000001-users");
/** Every migration, oldest first; they run on start. */
exports.MIGRATIONS = [_1763800000000_event_store_1.EventStore1763800000000, _1763800000001_users_1.Users1763800000001];
//# sourceMappingURL=index.js.map