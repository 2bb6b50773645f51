"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dataSourceOptions = void 0;
const migrations_1 = require("./migrations");
/** Schema comes from migrations, run on start; `synchronize` is never used. */
const dataSourceOptions = (url) => ({
    type: 'postgres',
    url,
    migrations: migrations_1.MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    extra: { max: 20 },
});
exports.dataSourceOptions = dataSourceOptions;
//# sourceMappingURL=data-source-options.js.map