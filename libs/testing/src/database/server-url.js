"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withDatabase = void 0;
/** Swaps the database name of a PostgreSQL URL. */
const withDatabase = (serverUrl, database) => {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return url.toString();
};
exports.withDatabase = withDatabase;
//# sourceMappingURL=server-url.js.map