"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createTestDatabase = void 0;
const node_crypto_1 = require("node:crypto");
const pg_1 = require("pg");
const server_url_1 = require("./server-url");
/** A database of this test file's own, copied from the migrated template. */
const createTestDatabase = async () => {
    const serverUrl = process.env.ROS_TEST_SERVER_URL;
    const template = process.env.ROS_TEST_TEMPLATE;
    if (!serverUrl || !template)
        throw new Error('No test PostgreSQL: run database tests through jest, whose globalSetup starts one');
    const name = `ros_test_${(0, node_crypto_1.randomBytes)(6).toString('hex')}`;
    await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    return {
        url: (0, server_url_1.withDatabase)(serverUrl, name),
        drop: () => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
    };
};
exports.createTestDatabase = createTestDatabase;
const onServer = async (url, work) => {
    const client = new pg_1.Client({ connectionString: url });
    await client.connect();
    try {
        await work(client);
    }
    finally {
        await client.end();
    }
};
//# sourceMappingURL=test-database.js.map