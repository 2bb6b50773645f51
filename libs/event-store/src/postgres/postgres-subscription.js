"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PostgresSubscription = exports.EVENTS_CHANNEL = void 0;
const pg_1 = require("pg");
exports.EVENTS_CHANNEL = 'ros_events';
/**
 * Catches up from a position in batches, then follows new events: woken by a NOTIFY
 * each append sends on commit, and polling as well, because an event may become
 * readable only when some other transaction (one that sends no NOTIFY) ends.
 */
class PostgresSubscription {
    connectionString;
    read;
    options;
    closed = false;
    wake = null;
    listener;
    constructor(connectionString, read, options) {
        this.connectionString = connectionString;
        this.read = read;
        this.options = options;
    }
    async *[Symbol.asyncIterator]() {
        await this.listen();
        let after = this.options.after;
        try {
            while (!this.closed) {
                const batch = await this.read(after, this.options.maxCount);
                if (batch.length > 0) {
                    after = batch[batch.length - 1].position;
                    yield batch;
                    continue;
                }
                await this.sleep();
            }
        }
        finally {
            await this.unlisten();
        }
    }
    async close() {
        this.closed = true;
        this.wake?.();
    }
    sleep() {
        return new Promise((resolve) => {
            const done = () => {
                clearTimeout(timer);
                this.wake = null;
                resolve();
            };
            const timer = setTimeout(done, this.options.pollIntervalMs);
            this.wake = done;
        });
    }
    async listen() {
        this.listener = new pg_1.Client({ connectionString: this.connectionString });
        this.listener.on('notification', () => this.wake?.());
        // A lost listener only slows the subscription down to its polling pace.
        this.listener.on('error', () => undefined);
        await this.listener.connect();
        await this.listener.query(`LISTEN ${exports.EVENTS_CHANNEL}`);
    }
    async unlisten() {
        await this.listener?.end().catch(() => undefined);
        this.listener = undefined;
    }
}
exports.PostgresSubscription = PostgresSubscription;
//# sourceMappingURL=postgres-subscription.js.map