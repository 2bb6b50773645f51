"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.migrate = void 0;
const typeorm_1 = require("typeorm");
const data_source_options_1 = require("./data-source-options");
/** Brings a database's schema up to date; safe to run on every start. */
const migrate = async (url) => {
    const dataSource = await new typeorm_1.DataSource((0, data_source_options_1.dataSourceOptions)(url)).initialize();
    try {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        return applied.map((migration) => migration.name);
    }
    finally {
        await dataSource.destroy();
    }
};
exports.migrate = migrate;
//# sourceMappingURL=migrate.js.map